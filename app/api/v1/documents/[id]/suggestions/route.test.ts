import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import type { Suggestion } from "@/lib/suggestions/types";
import { createApiToken } from "@/services/create-api-token";
import { desk } from "@/services/testing/desk";
import { POST } from "./dismissed/route";
import { GET } from "./route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TEXT =
  "Casualty figures\n\nThe ministry said 40 drones were launched on 3 March 2024, the largest attack of the war. " +
  "Thank you all for coming.";

async function tokenOf(name: string): Promise<string> {
  return (await createApiToken({ email: `${name.toLowerCase()}@example.org`, password: `${name}'s long password` }))
    .token;
}

const url = (documentId: string, rest = "") =>
  `http://claimdesk.test/api/v1/documents/${documentId}/suggestions${rest}`;
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function list(documentId: string, token: string): Promise<Suggestion[]> {
  const res = await GET(
    new Request(url(documentId), { headers: { authorization: `Bearer ${token}` } }),
    params(documentId),
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { suggestions: Suggestion[] }).suggestions;
}

function dismiss(documentId: string, token: string, body: unknown): Promise<Response> {
  return POST(
    new Request(url(documentId, "/dismissed"), {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    params(documentId),
  );
}

describe("/api/v1/documents/:id/suggestions", () => {
  it("lists {start, end, exact, score, reasons} in code points, and a dismissal answers 204 and hides it", async () => {
    const { documentId } = await desk(TEXT);
    const alice = await tokenOf("Alice");
    const [first, ...rest] = await list(documentId, alice);
    expect(rest).toEqual([]);
    expect(first).toEqual({
      start: 18,
      end: 107,
      exact: "The ministry said 40 drones were launched on 3 March 2024, the largest attack of the war.",
      score: expect.any(Number),
      reasons: expect.arrayContaining([{ kind: "quantity", evidence: ["40"] }]),
    });
    const { start, end, exact } = first!;
    const res = await dismiss(documentId, alice, { start, end, exact });
    expect(res.status).toBe(204);
    expect(await list(documentId, await tokenOf("Victor"))).toEqual([]);
  });

  it("refuses a malformed body (422 with fields) and a viewer (403)", async () => {
    const { documentId } = await desk(TEXT);
    const bad = await dismiss(documentId, await tokenOf("Alice"), { start: 5, end: 2, exact: "" });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty("end");
    const [s] = await list(documentId, await tokenOf("Victor"));
    expect(
      (await dismiss(documentId, await tokenOf("Victor"), { start: s!.start, end: s!.end, exact: s!.exact })).status,
    ).toBe(403);
  });
});
