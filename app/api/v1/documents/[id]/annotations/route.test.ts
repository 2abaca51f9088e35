import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { DEMO_ARTICLE_SOURCE, demoHypothesisExport } from "@/lib/import/annotations/testing/demo-fixtures";
import { createApiToken } from "@/services/create-api-token";
import { listDocumentClaims } from "@/services/list-document-claims";
import { desk } from "@/services/testing/desk";
import { POST } from "./route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

async function tokenOf(name: string): Promise<string> {
  return (await createApiToken({ email: `${name.toLowerCase()}@example.org`, password: `${name}'s long password` }))
    .token;
}

function post(documentId: string, token: string, body: BodyInit, contentType?: string): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (contentType) headers["content-type"] = contentType;
  return POST(
    new Request(`http://claimdesk.test/api/v1/documents/${documentId}/annotations`, { method: "POST", headers, body }),
    {
      params: Promise.resolve({ id: documentId }),
    },
  );
}

describe("POST /api/v1/documents/:id/annotations", () => {
  it("imports a Hypothesis export sent as JSON, and answers the totals and a row per annotation", async () => {
    const d = await desk(DEMO_ARTICLE_SOURCE);
    const res = await post(
      d.documentId,
      await tokenOf("Alice"),
      JSON.stringify(demoHypothesisExport()),
      "application/json",
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      created: number;
      notAnchored: number;
      results: { index: number; claimId: string | null; anchorStatus: string | null; reason?: string }[];
    };
    expect(body).toMatchObject({ created: 5, notAnchored: 1 });
    expect(body.results).toHaveLength(8);
    expect(body.results[7]).toMatchObject({ index: 7, claimId: null, anchorStatus: null, reason: "quote-not-found" });
  });

  it("takes a bare array as application/ld+json, and the file as a multipart upload", async () => {
    const d = await desk(DEMO_ARTICLE_SOURCE);
    const token = await tokenOf("Alice");
    const annotation = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "urn:example:1",
      type: "Annotation",
      target: { source: "https://example.org", selector: { type: "TextQuoteSelector", exact: "Putin and Pezeshkian" } },
    };
    expect((await post(d.documentId, token, JSON.stringify([annotation]), "application/ld+json")).status).toBe(200);
    const form = new FormData();
    form.set("file", new File([JSON.stringify(demoHypothesisExport())], "export.json", { type: "application/json" }));
    const res = await post(d.documentId, token, form);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ format: "hypothesis", created: 5 });
    expect(listDocumentClaims(d.alice, d.documentId)).toHaveLength(6);
  });

  it("answers 422 with the problems and writes nothing; 400 for a body that is not JSON; 403 for a viewer", async () => {
    const d = await desk(DEMO_ARTICLE_SOURCE);
    const token = await tokenOf("Alice");
    const file = demoHypothesisExport();
    const res = await post(
      d.documentId,
      token,
      JSON.stringify({ ...file, annotations: [{ ...file.annotations[0], target: 7 }] }),
      "application/json",
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: "invalid",
        message: expect.stringMatching(/nothing was imported/),
        fields: { "annotations.0.target": ["must be an array of targets"] },
      },
    });
    expect((await post(d.documentId, token, "{not json", "application/json")).status).toBe(400);
    expect((await post(d.documentId, token, "[]", "text/plain")).status).toBe(415);
    const upload = new FormData();
    upload.set("file", new File(["{not json"], "export.json"));
    const notJson = await post(d.documentId, token, upload);
    expect(notJson.status).toBe(422);
    expect(((await notJson.json()) as { error: { fields: Record<string, string[]> } }).error.fields.file?.[0]).toMatch(
      /^The file is not JSON/,
    );
    expect((await post(d.documentId, await tokenOf("Victor"), JSON.stringify(file), "application/json")).status).toBe(
      403,
    );
    expect(listDocumentClaims(d.alice, d.documentId)).toEqual([]);
  });
});
