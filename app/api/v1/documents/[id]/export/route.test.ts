import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { createApiToken } from "@/services/create-api-token";
import { desk, mark, quote, resolve } from "@/services/testing/desk";
import { GET as projectExport } from "../../../projects/[id]/export/route";
import { GET } from "./route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

async function tokenOf(name: string): Promise<string> {
  return (await createApiToken({ email: `${name.toLowerCase()}@example.org`, password: `${name}'s long password` }))
    .token;
}

function get(handler: typeof GET, path: string, id: string, token?: string): Promise<Response> {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  return handler(new Request(`http://claimdesk.test${path}`, { headers }), { params: Promise.resolve({ id }) });
}

describe("GET /api/v1/documents/:id/export and /projects/:id/export", () => {
  it("answer each format as an attachment with its media type, streaming the body", async () => {
    const d = await desk("The treaty was signed in Moscow.");
    resolve(d.editor, mark(d.editor, d.documentId, quote("signed in Moscow")).id, "true");
    const token = await tokenOf("Edith");
    const expected: Record<string, [string, string]> = {
      html: ["text/html; charset=utf-8", "article.html"],
      markdown: ["text/markdown; charset=utf-8", "article.md"],
      csv: ["text/csv; charset=utf-8", "article.csv"],
      claimreview: ["application/ld+json", "article.claimreview.jsonld"],
      webannotation: ['application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "article.annotations.jsonld"],
      json: ["application/json", "article.claimdesk.json"],
    };
    for (const [format, [type, filename]] of Object.entries(expected)) {
      const res = await get(GET, `/api/v1/documents/${d.documentId}/export?format=${format}`, d.documentId, token);
      expect(res.status, format).toBe(200);
      expect(res.headers.get("content-type"), format).toBe(type);
      expect(res.headers.get("content-disposition"), format).toBe(`attachment; filename="${filename}"`);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(res.body).toBeInstanceOf(ReadableStream);
      expect(await res.text(), format).toContain("signed in Moscow");
    }
    const html = await (
      await get(GET, `/api/v1/documents/${d.documentId}/export?format=html`, d.documentId, token)
    ).text();
    // Links in the report point where the request came to (PUBLIC_BASE_URL is not set here).
    expect(html).toContain(`href="http://claimdesk.test/documents/${d.documentId}"`);

    const project = await get(projectExport, `/api/v1/projects/${d.projectId}/export?format=csv`, d.projectId, token);
    expect(project.headers.get("content-disposition")).toBe('attachment; filename="desk.csv"');
    expect(await project.text()).toContain("signed in Moscow");
  });

  it("answer 422 for an unknown format, 404 to an outsider, 401 when signed out", async () => {
    const d = await desk("The treaty was signed.");
    const unknown = await get(
      GET,
      `/api/v1/documents/${d.documentId}/export?format=docx`,
      d.documentId,
      await tokenOf("Edith"),
    );
    expect(unknown.status).toBe(422);
    expect(
      ((await unknown.json()) as { error: { fields: Record<string, string[]> } }).error.fields.format,
    ).toBeDefined();
    expect(
      (await get(GET, `/api/v1/documents/${d.documentId}/export?format=csv`, d.documentId, await tokenOf("Olga")))
        .status,
    ).toBe(404);
    expect(
      (
        await get(
          projectExport,
          `/api/v1/projects/${d.projectId}/export?format=csv`,
          d.projectId,
          await tokenOf("Olga"),
        )
      ).status,
    ).toBe(404);
    expect((await get(GET, `/api/v1/documents/${d.documentId}/export?format=csv`, d.documentId)).status).toBe(401);
  });
});
