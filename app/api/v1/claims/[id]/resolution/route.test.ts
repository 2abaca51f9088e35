import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { createApiToken } from "@/services/create-api-token";
import { desk, mark, quote, rate } from "@/services/testing/desk";
import { GET as getClaimRoute } from "../route";
import { GET, PUT } from "./route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

async function tokenOf(name: string): Promise<string> {
  return (await createApiToken({ email: `${name.toLowerCase()}@example.org`, password: `${name}'s long password` }))
    .token;
}

function call(
  handler: typeof GET,
  path: string,
  claimId: string,
  init: { method?: string; token: string; body?: unknown; ifMatch?: string },
) {
  const headers: Record<string, string> = { authorization: `Bearer ${init.token}` };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.ifMatch) headers["if-match"] = init.ifMatch;
  const request = new Request(`http://claimdesk.test${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return handler(request, { params: Promise.resolve({ id: claimId }) });
}

describe("the resolution's version, read where the claim is read", () => {
  it("PUT takes If-Match built from resolution.version of GET /claims/:id; a stale one, or the claim's ETag, is 412", async () => {
    const d = await desk("The minister said the treaty binds neither side to defend the other.");
    const claim = mark(d.alice, d.documentId, quote("binds neither side to defend the other"));
    rate(d.alice, claim.id, "false");
    const token = await tokenOf("Edith");
    const claimPath = `/api/v1/claims/${claim.id}`;
    const path = `${claimPath}/resolution`;
    const readClaim = async () => {
      const res = await call(getClaimRoute, claimPath, claim.id, { token });
      expect(res.status).toBe(200);
      return { etag: res.headers.get("etag")!, body: (await res.json()) as { resolution: { version: number } | null } };
    };

    // Before there is one: no resolution to read, and version 0 to create it with.
    expect((await readClaim()).body.resolution).toBeNull();
    expect((await call(GET, path, claim.id, { token })).status).toBe(404);
    const body = { rating: "false", rationale: "The treaty says so." };
    const created = await call(PUT, path, claim.id, {
      method: "PUT",
      token,
      body,
      ifMatch: `"${claim.id}~resolution.0"`,
    });
    expect(created.status).toBe(200);
    expect(created.headers.get("etag")).toBe(`"${claim.id}~resolution.1"`);

    const { etag: claimTag, body: read } = await readClaim();
    expect(read.resolution?.version).toBe(1);
    const ifMatch = `"${claim.id}~resolution.${read.resolution!.version}"`;
    const got = await call(GET, path, claim.id, { token });
    expect(got.headers.get("etag")).toBe(ifMatch);
    expect(await got.json()).toMatchObject({ claimId: claim.id, rating: "false", version: 1 });

    const fromClaimTag = await call(PUT, path, claim.id, { method: "PUT", token, body, ifMatch: claimTag });
    expect(fromClaimTag.status).toBe(412);
    const updated = await call(PUT, path, claim.id, {
      method: "PUT",
      token,
      body: { rating: "mostly-false", rationale: "On reflection." },
      ifMatch,
    });
    expect(updated.status).toBe(200);
    expect(updated.headers.get("etag")).toBe(`"${claim.id}~resolution.2"`);
    const stale = await call(PUT, path, claim.id, { method: "PUT", token, body, ifMatch });
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe("stale-version");
  });

  it("withholds the resolution from a reviewer under blind review until they rate", async () => {
    const d = await desk("The minister said the treaty binds neither side to defend the other.");
    const claim = mark(d.alice, d.documentId, quote("binds neither side to defend the other"));
    const editor = await tokenOf("Edith");
    const path = `/api/v1/claims/${claim.id}/resolution`;
    const body = { rating: "false", rationale: "The treaty says so." };
    expect((await call(PUT, path, claim.id, { method: "PUT", token: editor, body })).status).toBe(200);
    const bob = await tokenOf("Bob");
    expect((await call(GET, path, claim.id, { token: bob })).status).toBe(404);
    rate(d.bob, claim.id, "false");
    expect((await call(GET, path, claim.id, { token: bob })).status).toBe(200);
  });
});
