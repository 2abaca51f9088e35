import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { createApiToken } from "@/services/create-api-token";
import { desk, mark, quote, rate } from "@/services/testing/desk";
import { GET } from "./route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

async function tokenOf(name: string): Promise<string> {
  const email = `${name.toLowerCase()}@example.org`;
  return (await createApiToken({ email, password: `${name}'s long password` })).token;
}

function get(query: string, token?: string): Promise<Response> {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  return GET(new Request(`http://claimdesk.test/api/v1/claims?${query}`, { headers }), { params: Promise.resolve({}) });
}

describe("GET /api/v1/claims", () => {
  it("answers the claims found, their snippets, and a cursor to the next page", async () => {
    const d = await desk("The treaty binds neither side. The treaty was signed in January.", { blindReview: false });
    const one = mark(d.alice, d.documentId, quote("The treaty binds neither side"));
    const two = mark(d.alice, d.documentId, quote("The treaty was signed in January"));
    rate(d.bob, two.id, "true", "The signing was televised.");
    const token = await tokenOf("Edith");

    const res = await get(`projectId=${d.projectId}&q=televised`, token);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      claims: { id: string; snippet: string; documentTitle: string; projectId: string }[];
      nextCursor: string | null;
    };
    expect(body.claims.map((c) => c.id)).toEqual([two.id]);
    expect(body.claims[0]).toMatchObject({
      documentTitle: "Article",
      projectId: d.projectId,
      snippet: "The signing was \uE000televised\uE001.",
    });
    expect(body.nextCursor).toBeNull();

    const first = (await (await get(`projectId=${d.projectId}&sort=document&limit=1`, token)).json()) as {
      claims: { id: string }[];
      nextCursor: string;
    };
    expect(first.claims.map((c) => c.id)).toEqual([one.id]);
    const second = (await (
      await get(`projectId=${d.projectId}&sort=document&limit=1&cursor=${first.nextCursor}`, token)
    ).json()) as { claims: { id: string }[]; nextCursor: string | null };
    expect(second).toEqual({ claims: [expect.objectContaining({ id: two.id })], nextCursor: null });
  });

  it("answers 422 with the fields at fault, 404 for a project the caller cannot see, 401 when signed out", async () => {
    const d = await desk("The treaty binds neither side.");
    const token = await tokenOf("Olga");

    const invalid = await get(`projectId=${d.projectId}&status=closed&limit=500&hasSource=maybe`, token);
    expect(invalid.status).toBe(422);
    const { error } = (await invalid.json()) as { error: { code: string; fields: Record<string, string[]> } };
    expect(error.code).toBe("invalid");
    expect(Object.keys(error.fields).sort()).toEqual(["hasSource", "limit", "status"]);

    expect((await get(`projectId=${d.projectId}`, token)).status).toBe(404);
    expect(await (await get("q=treaty", token)).json()).toEqual({ claims: [], nextCursor: null });
    expect((await get(`projectId=${d.projectId}`)).status).toBe(401);
  });
});
