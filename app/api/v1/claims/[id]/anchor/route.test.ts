import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { createApiToken } from "@/services/create-api-token";
import { getDocument } from "@/services/get-document";
import { saveRevision } from "@/services/save-revision";
import { desk, mark, quote } from "@/services/testing/desk";
import { PUT } from "./route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

async function tokenOf(name: string): Promise<string> {
  return (await createApiToken({ email: `${name.toLowerCase()}@example.org`, password: `${name}'s long password` }))
    .token;
}

function put(claimId: string, init: { token: string; body: unknown; ifMatch?: string }) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${init.token}`,
    "content-type": "application/json",
  };
  if (init.ifMatch) headers["if-match"] = init.ifMatch;
  const request = new Request(`http://claimdesk.test/api/v1/claims/${claimId}/anchor`, {
    method: "PUT",
    headers,
    body: JSON.stringify(init.body),
  });
  return PUT(request, { params: Promise.resolve({ id: claimId }) });
}

const text = "The minister said the treaty binds neither side to defend the other.\n\nTalks continue.";

describe("PUT /api/v1/claims/:id/anchor", () => {
  it("re-attaches an orphaned claim with If-Match and answers it with its new ETag; 428, 412, 422 and 403 otherwise", async () => {
    const d = await desk(text);
    const claim = mark(d.alice, d.documentId, quote("binds neither side to defend the other"));
    const revised = "The minister said the treaty obliges nobody to defend anyone.\n\nTalks continue.";
    saveRevision(d.editor, d.documentId, { text: revised }, getDocument(d.editor, d.documentId).version);
    const token = await tokenOf("Alice");
    const orphaned = (await (await put(claim.id, { token, body: { orphaned: true }, ifMatch: "*" })).json()) as {
      anchorStatus: string;
      version: number;
    };
    expect(orphaned.anchorStatus).toBe("orphaned");

    const body = { selector: { type: "TextQuoteSelector", exact: "obliges nobody to defend anyone" } };
    expect((await put(claim.id, { token, body })).status).toBe(428);
    expect((await put(claim.id, { token, body, ifMatch: `"${claim.id}.${orphaned.version - 1}"` })).status).toBe(412);
    // Invalid input is answered before the precondition.
    expect((await put(claim.id, { token, body: {} })).status).toBe(422);
    const missing = { selector: { type: "TextQuoteSelector", exact: "binds neither side" } };
    expect((await put(claim.id, { token, body: missing })).status).toBe(422);
    const viewer = await tokenOf("Victor");
    expect((await put(claim.id, { token: viewer, body, ifMatch: `"${claim.id}.${orphaned.version}"` })).status).toBe(
      403,
    );

    const res = await put(claim.id, { token, body, ifMatch: `"${claim.id}.${orphaned.version}"` });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(`"${claim.id}.${orphaned.version + 1}"`);
    expect(await res.json()).toMatchObject({
      id: claim.id,
      anchorStatus: "exact",
      anchorScore: 1,
      anchorAlternatives: [],
      selector: { exact: "obliges nobody to defend anyone", start: revised.indexOf("obliges") },
    });
  });
});
