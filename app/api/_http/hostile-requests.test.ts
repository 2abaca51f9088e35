import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { PEER_ADDRESS_HEADER } from "@/lib/http/forwarded";
import { createApiToken } from "@/services/create-api-token";
import { currentSetupCode } from "@/services/support/setup-code";
import { MAX_STREAMS_PER_CREDENTIAL } from "@/services/support/stream-slots";
import { desk } from "@/services/testing/desk";
import { GET as getEvents } from "../v1/documents/[id]/events/route";
import { GET as listProjects } from "../v1/projects/route";
import { POST as setUp } from "../v1/setup/route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const none = { params: Promise.resolve({}) };

async function tokenOf(name: string): Promise<string> {
  return (await createApiToken({ email: `${name.toLowerCase()}@example.org`, password: `${name}'s long password` }))
    .token;
}

describe("malformed cookies", () => {
  it.each(["claimdesk_session=%E0%A4%A", "claimdesk_session=%", "claimdesk_session=%zz; other=1"])(
    "answers 401, not 500, to %j",
    async (cookie) => {
      const res = await listProjects(
        new Request("http://claimdesk.test/api/v1/projects", { headers: { cookie } }),
        none,
      );
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
    },
  );
});

describe("live streams per session", () => {
  it(`holds at most ${MAX_STREAMS_PER_CREDENTIAL} open per token, answers 429 beyond, and frees a slot when one closes`, async () => {
    const d = await desk("The treaty binds neither side.");
    const token = await tokenOf("Alice");
    const open = (as = token) =>
      getEvents(
        new Request(`http://claimdesk.test/api/v1/documents/${d.documentId}/events`, {
          headers: { authorization: `Bearer ${as}` },
        }),
        { params: Promise.resolve({ id: d.documentId }) },
      );
    const streams: Response[] = [];
    try {
      for (let i = 0; i < MAX_STREAMS_PER_CREDENTIAL; i++) {
        const res = await open();
        expect(res.status).toBe(200);
        streams.push(res);
      }
      const refused = await open();
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBeTruthy();
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("throttled");

      const other = await open(await tokenOf("Bob"));
      expect(other.status).toBe(200);
      streams.push(other);

      await streams.shift()!.body!.cancel();
      const again = await open();
      expect(again.status).toBe(200);
      streams.push(again);
    } finally {
      for (const res of streams) await res.body?.cancel();
    }
  });
});

describe("first-run setup from another machine", () => {
  const admin = { name: "Ada", email: "ada@example.org", password: "a long enough password" };
  const post = (body: unknown, peer?: string, extra: Record<string, string> = {}) =>
    setUp(
      new Request("http://claimdesk.test/api/v1/setup", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(peer === undefined ? {} : { [PEER_ADDRESS_HEADER]: peer }),
          ...extra,
        },
        body: JSON.stringify(body),
      }),
      none,
    );

  it("asks for the code printed in the log: 403 without it or with a wrong one, 201 with it", async () => {
    const missing = await post(admin, "203.0.113.7");
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { error: { fields: object } }).error.fields).toHaveProperty("setupCode");
    expect((await post({ ...admin, setupCode: "AAAA-BBBB-CCCC" }, "203.0.113.7")).status).toBe(403);
    // A forwarded address is not believed unless a proxy is trusted (TRUST_PROXY is off here).
    expect((await post(admin, "203.0.113.7", { "x-forwarded-for": "127.0.0.1" })).status).toBe(403);
    expect((await post(admin, undefined)).status).toBe(403);

    const code = currentSetupCode().toLowerCase().replaceAll("-", " ");
    expect((await post({ ...admin, setupCode: code }, "203.0.113.7")).status).toBe(201);
    expect((await post({ ...admin, email: "eve@example.org" }, "127.0.0.1")).status).toBe(409);
  });

  it("needs no code from this machine", async () => {
    expect((await post(admin, "127.0.0.1")).status).toBe(201);
  });

  it("needs no code over IPv6 loopback either", async () => {
    expect((await post(admin, "::1")).status).toBe(201);
  });
});
