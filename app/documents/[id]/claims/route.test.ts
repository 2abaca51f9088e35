import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { unpackRecords } from "@/lib/claims/packed-records";
import type { PageClaims } from "@/lib/claims/page-claims";
import type { ClaimView } from "@/lib/claims/types";
import { createApiToken } from "@/services/create-api-token";
import { listDocumentClaims } from "@/services/list-document-claims";
import { desk, mark, quote } from "@/services/testing/desk";
import { GET } from "./route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TEXT = "The treaty binds neither side. It was signed in January by both presidents.";

async function tokenOf(name: string): Promise<string> {
  return (await createApiToken({ email: `${name.toLowerCase()}@example.org`, password: `${name}'s long password` }))
    .token;
}

function get(documentId: string, token: string | null): Promise<Response> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return GET(new Request(`http://claimdesk.test/documents/${documentId}/claims`, { headers }), {
    params: Promise.resolve({ id: documentId }),
  });
}

describe("/documents/:id/claims (the document page's claims)", () => {
  it("answers the claims as the reader may see them, packed, with their revision and the stream's starting point", async () => {
    const d = await desk(TEXT);
    mark(d.editor, d.documentId, quote("It was signed in January"));
    mark(d.alice, d.documentId, quote("The treaty binds neither side"));
    const res = await get(d.documentId, await tokenOf("Bob"));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const page = (await res.json()) as PageClaims;
    expect(page.revision).toBe(1);
    expect(page.eventsAfter).toBeGreaterThan(0);
    const claims = unpackRecords<ClaimView>(page.claims);
    // The same claims, in the same order and form, as the API's list gives Bob.
    expect(claims).toEqual(JSON.parse(JSON.stringify(listDocumentClaims(d.bob, d.documentId))));
    expect(claims.map((c) => c.selector.exact)).toEqual(["The treaty binds neither side", "It was signed in January"]);
  });

  it("refuses a caller who is not signed in (401) and hides the document from one outside its project (404)", async () => {
    const d = await desk(TEXT);
    expect((await get(d.documentId, null)).status).toBe(401);
    expect((await get(d.documentId, await tokenOf("Olga"))).status).toBe(404);
  });
});
