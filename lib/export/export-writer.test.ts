import { describe, expect, it } from "vitest";
import { buildClaimReviews } from "./claimreview";
import { buildExport, writeExport, writeProjectJson, type ExportSubject } from "./export-writer";
import { buildHtmlReport } from "./html-report";
import { buildMarkdownReport } from "./markdown";
import { buildProjectJson, type ProjectJsonInput } from "./project-json";
import { ARTICLE_TEXT, claimOn, makeExportDocument, resolution } from "./testing/make-export-document";
import { pageViolations } from "./testing/web-annotation-checks";
import type { ExportDocument } from "./types";
import { buildAnnotationPage } from "./webannotation";

function resolvedDoc(id: string, title: string): ExportDocument {
  const claim = claimOn(ARTICLE_TEXT, "signed a comprehensive strategic partnership treaty", {
    id: `${id}-c1`,
    documentId: id,
    status: "resolved",
    resolution: resolution("true", "Signed on camera."),
  });
  const open = claimOn(ARTICLE_TEXT, "not directed against third countries", { id: `${id}-c2`, documentId: id });
  return makeExportDocument({ id, title, claims: [claim, open] });
}

const docs = [resolvedDoc("d1", "First article"), resolvedDoc("d2", "Second article")];
const project: ExportSubject = {
  kind: "project",
  project: docs[0]!.project,
  baseUrl: "https://claimdesk.example.org",
  contents: docs.map((d) => ({
    id: d.id,
    title: d.title,
    publisher: d.publisher,
    publishedAt: d.publishedAt,
    claimCount: d.claims.length,
  })),
};
const single = (doc: ExportDocument): ExportSubject => ({ kind: "document", document: doc });

describe("writeExport", () => {
  it("gives a document's files exactly as the builders do", () => {
    const doc = docs[0]!;
    expect(buildExport("html", single(doc), [doc])).toBe(buildHtmlReport(doc));
    expect(buildExport("markdown", single(doc), [doc])).toBe(buildMarkdownReport(doc));
    expect(JSON.parse(buildExport("webannotation", single(doc), [doc]))).toEqual(buildAnnotationPage(doc));
    expect(JSON.parse(buildExport("claimreview", single(doc), [doc]))).toEqual(buildClaimReviews(doc));
  });

  it("writes a project's ClaimReviews as one array and its annotations as one valid page", () => {
    expect(JSON.parse(buildExport("claimreview", project, docs))).toEqual(docs.flatMap(buildClaimReviews));
    const page = JSON.parse(buildExport("webannotation", project, docs)) as { id: string; items: { id: string }[] };
    expect(pageViolations(page)).toEqual([]);
    expect(page.id).toBe(
      `https://claimdesk.example.org/api/v1/projects/${docs[0]!.project.id}/export?format=webannotation`,
    );
    expect(page.items.map((a) => a.id)).toEqual(docs.flatMap((d) => buildAnnotationPage(d).items.map((a) => a.id)));
    expect(JSON.parse(buildExport("claimreview", project, []))).toEqual([]);
    expect(pageViolations(JSON.parse(buildExport("webannotation", project, [])))).toEqual([]);
  });

  it("writes a document of many claims a few hundred claims to a chunk, the same file as its builder", () => {
    const quotes = ["signed a comprehensive strategic partnership treaty", "not directed against third countries"];
    const claims = Array.from({ length: 620 }, (_, i) =>
      claimOn(ARTICLE_TEXT, quotes[i % 2]!, {
        id: `c${String(i).padStart(4, "0")}`,
        createdAt: `2025-01-20T09:${String(Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}.000Z`,
        // Every third claim publishes a verdict; 250 in a row that do not still leave a chunk.
        ...(i % 3 === 0 && i < 300 ? { status: "resolved" as const, resolution: resolution("true", "Signed.") } : {}),
      }),
    );
    const doc = makeExportDocument({ claims });
    for (const format of ["csv", "claimreview", "webannotation"] as const) {
      const chunks = [...writeExport(format, single(doc), [doc])];
      // The opening, three batches (250, 250, 120 claims), and the end where the format has one.
      expect(chunks.length, format).toBeGreaterThanOrEqual(4);
    }
    const csv = [...writeExport("csv", single(doc), [doc])].join("");
    // The reports too: their opening, 620 claims and their end in three chunks, the same text.
    const markdown = [...writeExport("markdown", single(doc), [doc])];
    expect(markdown).toHaveLength(3);
    expect(markdown.join("")).toBe(buildMarkdownReport(doc));
    const html = [...writeExport("html", single(doc), [doc])];
    expect(html.length).toBeGreaterThanOrEqual(4);
    expect(html.join("")).toBe(buildHtmlReport(doc));
    const rows = csv.split("\r\n").slice(1, -1);
    expect(rows).toHaveLength(620);
    for (const quote of quotes) expect(rows.filter((row) => row.includes(quote))).toHaveLength(310);
    const reviews = [...writeExport("claimreview", single(doc), [doc])];
    expect(reviews).toContain("");
    expect(JSON.parse(reviews.join(""))).toEqual(buildClaimReviews(doc));
    expect(JSON.parse([...writeExport("webannotation", single(doc), [doc])].join(""))).toEqual(
      buildAnnotationPage(doc),
    );
  });

  it("writes a project's CSV with one byte order mark and one header", () => {
    const csv = buildExport("csv", project, docs);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    expect(csv.match(/^\uFEFF?document,/gm)).toHaveLength(1);
    expect(
      csv.split("\r\n").filter((l) => l.startsWith("First article,") || l.startsWith("Second article,")),
    ).toHaveLength(4);
  });

  it("writes a project's report with its contents, each document a level down", () => {
    const html = buildExport("html", project, docs);
    expect(html).toContain('<a href="#document-d1">First article</a>');
    expect(html).toContain("<h2>Second article</h2>");
    expect(html.match(/<\/html>/g)).toHaveLength(1);
    const markdown = buildExport("markdown", project, docs);
    expect(markdown.startsWith("# Verdict report: Treaty watch\n")).toBe(true);
    expect(markdown).toContain("1. First article (2 claims)");
    expect(markdown).toContain("\n## Second article\n");
  });

  it("hands out the file's opening before it asks for the first document, and one document at a time", () => {
    const pulled: string[] = [];
    function* lazily() {
      for (const doc of docs) {
        pulled.push(doc.id);
        yield doc;
      }
    }
    const chunks = writeExport("csv", project, lazily());
    expect(chunks.next().value).toMatch(/^\uFEFFdocument,/);
    expect(pulled).toEqual([]);
    expect(chunks.next().value).toMatch(/^First article,/);
    expect(pulled).toEqual(["d1"]);
    expect(chunks.next().value).toMatch(/^Second article,/);
    expect(pulled).toEqual(["d1", "d2"]);
  });
});

describe("writeProjectJson", () => {
  it("writes the claimdesk/1 export a document at a time, the same JSON as buildProjectJson", () => {
    const documentRows = (id: string): ProjectJsonInput["documents"][number] => ({
      document: {
        id,
        title: id,
        sourceUrl: null,
        publisher: null,
        author: null,
        publishedAt: null,
        language: null,
        createdBy: null,
        createdAt: "2025-01-01T00:00:00.000Z",
        updatedAt: "2025-01-01T00:00:00.000Z",
      },
      revision: {
        number: 1,
        text: "Text.",
        content: { type: "doc", content: [] },
        createdAt: "2025-01-01T00:00:00.000Z",
      },
      claims: [],
      verdicts: [],
      verdictHistory: [],
      resolutions: [],
      citations: [],
      comments: [],
      withheldClaimIds: new Set(),
    });
    const input: ProjectJsonInput = {
      scope: "project",
      exportedAt: "2025-02-01T00:00:00.000Z",
      project: {
        id: "p",
        name: "P",
        organization: null,
        ratingScale: docs[0]!.project.ratingScale,
        isBlindReview: true,
        createdAt: "2025-01-01T00:00:00.000Z",
      },
      people: [],
      sources: [],
      documents: [documentRows("a"), documentRows("b")],
    };
    const chunks = [...writeProjectJson(input)];
    expect(chunks).toHaveLength(4);
    expect(JSON.parse(chunks.join(""))).toEqual(JSON.parse(JSON.stringify(buildProjectJson(input))));
    expect(JSON.parse([...writeProjectJson({ ...input, documents: [] })].join(""))).toMatchObject({
      format: "claimdesk/1",
      documents: [],
    });
  });
});
