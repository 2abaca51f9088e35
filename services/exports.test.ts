import jsonld from "jsonld";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { findChromium } from "@/lib/chromium";
import type { ClaimReviewJsonLd } from "@/lib/export/claimreview";
import {
  countCompactLeaves,
  countExpandedLeaves,
  expandedProperties,
  localDocumentLoader,
} from "@/lib/export/testing/local-jsonld-loader";
import { pageViolations } from "@/lib/export/testing/web-annotation-checks";
import { addSourceSchema, resolutionSchema } from "@/lib/validation/claims";
import { citeSource } from "./cite-source";
import { createDocument } from "./create-document";
import { editProject } from "./edit-project";
import { exportDocument } from "./export-document";
import { exportProject } from "./export-project";
import { getProject } from "./get-project";
import { listDocumentClaims } from "./list-document-claims";
import { listDocuments } from "./list-documents";
import { resolveClaim } from "./resolve-claim";
import { setUpInstance } from "./set-up-instance";
import type { SessionActor } from "./support/actor";
import { closePdfRenderer } from "./support/render-pdf";
import { desk, mark, quote, rate, rejection } from "./testing/desk";
import { pdfPageTexts } from "./testing/pdf-text";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());
afterAll(() => closePdfRenderer());

const ORIGIN = "http://claimdesk.test";
const ORGANIZATION = { name: "Treaty Watch Desk", url: "https://desk.example.org/" };

async function text(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

async function bytes(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** The demo, set up as on a fresh instance, with the project's organisation set by its editor. */
async function demo(): Promise<{ admin: SessionActor; projectId: string; documentId: string }> {
  const { user, demoProjectId } = await setUpInstance(
    { name: "Ada", email: "ada@example.org", password: "a long enough password" },
    { withDemo: true },
  );
  const admin: SessionActor = { userId: user.id, instanceRole: "admin", name: user.name, email: user.email };
  const projectId = demoProjectId!;
  editProject(admin, projectId, { organization: ORGANIZATION }, getProject(admin, projectId).version);
  const [document] = listDocuments(admin, projectId);
  return { admin, projectId, documentId: document!.id };
}

describe("the ClaimReview export", () => {
  it("publishes each of the demo's resolved claims with every field Google and schema.org ask for", async () => {
    const { admin, documentId } = await demo();
    const file = await exportDocument(admin, documentId, "claimreview", ORIGIN);
    expect(file.mediaType).toBe("application/ld+json");
    expect(file.disposition).toBe(
      'attachment; filename="russia-and-iran-to-sign-comprehensive-strategic-partnership-treaty.claimreview.jsonld"',
    );
    const reviews = JSON.parse(await text(file.body)) as ClaimReviewJsonLd[];

    const resolved = listDocumentClaims(admin, documentId).filter((c) => c.status === "resolved");
    expect(resolved).toHaveLength(2);
    expect(reviews.map((r) => r.url)).toEqual(
      resolved.map((c) => `${ORIGIN}/documents/${documentId}/report#claim-${c.id}`),
    );

    const byRating = new Map(reviews.map((r) => [r.reviewRating.alternateName, r]));
    for (const review of reviews) {
      expect(review["@context"]).toBe("https://schema.org");
      expect(review["@type"]).toBe("ClaimReview");
      expect(review.claimReviewed.length).toBeGreaterThan(0);
      expect(review.author).toEqual({ "@type": "Organization", name: ORGANIZATION.name, url: ORGANIZATION.url });
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.itemReviewed["@type"]).toBe("Claim");
      expect(review.itemReviewed.appearance).toEqual([
        { "@type": "CreativeWork", headline: "Russia and Iran to sign “comprehensive strategic partnership” treaty" },
      ]);
      expect(review.itemReviewed.datePublished).toBe("2025-01-14");
      expect(review.itemReviewed.author?.name).toBeTruthy();
    }
    // "True" has a number, so its place on the scale; "Unproven" only its label.
    expect(byRating.get("True")?.reviewRating).toMatchObject({ ratingValue: 5, bestRating: 5, worstRating: 1 });
    expect(byRating.get("True")?.itemReviewed.author).toEqual({ "@type": "Organization", name: "The Kremlin" });
    expect(byRating.get("Unproven")?.reviewRating).not.toHaveProperty("ratingValue");
    expect(byRating.get("Unproven")?.claimReviewed).toBe("there’s as yet no definitive evidence");
  });

  it("names the article's URL and publisher, and the article as the first appearance of its own claim", async () => {
    const { editor, projectId } = await desk("Unused.");
    editProject(
      editor,
      projectId,
      { organization: { name: "Desk", url: null } },
      getProject(editor, projectId).version,
    );
    const doc = createDocument(editor, projectId, {
      title: "Treaty signed",
      text: "Example News reports that the treaty was signed on Friday.",
      sourceUrl: "https://news.example.org/treaty",
      publisher: "Example News",
      author: "Jane Writer",
      publishedAt: "2025-01-17",
      language: "en",
    });
    const claim = mark(editor, doc.id, { ...quote("the treaty was signed on Friday"), claimant: "Example News" });
    resolveClaim(
      editor,
      claim.id,
      resolutionSchema.parse({ rating: "true", rationale: "Signed on camera." }),
      undefined,
    );
    const [review] = JSON.parse(
      await text((await exportDocument(editor, doc.id, "claimreview", ORIGIN)).body),
    ) as ClaimReviewJsonLd[];
    const appearance = {
      "@type": "CreativeWork",
      url: "https://news.example.org/treaty",
      headline: "Treaty signed",
      publisher: { "@type": "Organization", name: "Example News" },
    };
    expect(review?.itemReviewed).toEqual({
      "@type": "Claim",
      appearance: [appearance],
      firstAppearance: appearance,
      author: { "@type": "Organization", name: "Example News" },
      datePublished: "2025-01-17",
    });
    expect(review?.author).toEqual({ "@type": "Organization", name: "Desk" });
  });
});

describe("the Web Annotation export", () => {
  it("meets the W3C model's MUSTs and expands as JSON-LD without losing a term", async () => {
    const { admin, documentId, projectId } = await demo();
    const file = await exportDocument(admin, documentId, "webannotation", ORIGIN);
    expect(file.mediaType).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    const page = JSON.parse(await text(file.body)) as { items: unknown[] };
    expect(pageViolations(page)).toEqual([]);
    expect(page.items).toHaveLength(4);

    // Safe mode throws on anything expansion would drop (an undefined term, a relative IRI).
    const expanded = await jsonld.expand(
      page as jsonld.JsonLdDocument,
      { documentLoader: localDocumentLoader, safe: true } as jsonld.Options.Expand,
    );
    expect(countExpandedLeaves(expanded)).toBe(countCompactLeaves(page));
    const properties = expandedProperties(expanded);
    for (const iri of [
      "http://www.w3.org/ns/activitystreams#items",
      "http://www.w3.org/ns/oa#motivatedBy",
      "http://www.w3.org/ns/oa#hasBody",
      "http://www.w3.org/ns/oa#hasTarget",
      "http://www.w3.org/ns/oa#hasSource",
      "http://www.w3.org/ns/oa#hasSelector",
      "http://www.w3.org/ns/oa#exact",
      "http://www.w3.org/ns/oa#prefix",
      "http://www.w3.org/ns/oa#suffix",
      "http://www.w3.org/ns/oa#start",
      "http://www.w3.org/ns/oa#end",
      "http://www.w3.org/ns/oa#hasPurpose",
      "http://www.w3.org/1999/02/22-rdf-syntax-ns#value",
      "http://purl.org/dc/elements/1.1/format",
      "http://purl.org/dc/terms/created",
      "http://purl.org/dc/terms/modified",
      "http://purl.org/dc/terms/creator",
      "http://xmlns.com/foaf/0.1/name",
      "http://schema.org/identifier",
    ]) {
      expect(properties, iri).toContain(iri);
    }

    // The project's page of every document's annotations expands just as well.
    const projectPage = JSON.parse(
      await text((await exportProject(admin, projectId, "webannotation", ORIGIN)).body),
    ) as { items: unknown[] };
    expect(pageViolations(projectPage)).toEqual([]);
    const expandedProject = await jsonld.expand(
      projectPage as jsonld.JsonLdDocument,
      { documentLoader: localDocumentLoader, safe: true } as jsonld.Options.Expand,
    );
    expect(countExpandedLeaves(expandedProject)).toBe(countCompactLeaves(projectPage));
  });

  it("is checked by a counter that notices a dropped term", async () => {
    const page = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "https://a.example/p",
      type: "AnnotationPage",
      items: [],
      notATerm: "lost",
    };
    const expanded = await jsonld.expand(
      page as jsonld.JsonLdDocument,
      { documentLoader: localDocumentLoader } as jsonld.Options.Expand,
    );
    expect(countExpandedLeaves(expanded)).toBe(countCompactLeaves(page) - 1);
  });
});

describe("the CSV export", () => {
  it("is UTF-8 with a byte order mark, and a rationale that starts a formula is defused", async () => {
    const { editor, documentId } = await desk("The treaty was signed in Moscow on Friday.", { blindReview: false });
    const claim = mark(editor, documentId, quote("signed in Moscow"));
    resolveClaim(
      editor,
      claim.id,
      resolutionSchema.parse({ rating: "false", rationale: '=HYPERLINK("http://evil.example","click")' }),
      undefined,
    );
    const file = await exportDocument(editor, documentId, "csv", ORIGIN);
    expect(file.mediaType).toBe("text/csv; charset=utf-8");
    expect(file.disposition).toBe('attachment; filename="article.csv"');
    const raw = await bytes(file.body);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(raw);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});

describe("exports under blind review", () => {
  it("hold no other reviewer's rating or rationale for a reviewer who has not rated, in any format", async () => {
    const { editor, alice, bob, viewer, documentId, projectId } = await desk(
      "Officials said the treaty binds neither side to defend the other.",
    );
    const claim = mark(alice, documentId, quote("binds neither side"));
    rate(alice, claim.id, "mostly-false", "ALICE-HIDDEN-RATIONALE");
    resolveClaim(
      editor,
      claim.id,
      resolutionSchema.parse({ rating: "false", rationale: "EDITOR-HIDDEN-RATIONALE" }),
      undefined,
    );

    for (const format of ["csv", "markdown", "html", "webannotation", "claimreview"]) {
      const forBob = await text((await exportDocument(bob, documentId, format, ORIGIN)).body);
      // No ClaimReview at all: the resolution is withheld from Bob, so nothing is published to him.
      if (format !== "claimreview") expect(forBob, format).toContain("binds neither side");
      expect(forBob, format).not.toContain("ALICE-HIDDEN-RATIONALE");
      expect(forBob, format).not.toContain("EDITOR-HIDDEN-RATIONALE");
      expect(forBob, format).not.toMatch(/Mostly false/);
      const ofProject = await text((await exportProject(bob, projectId, format, ORIGIN)).body);
      expect(ofProject, format).not.toContain("ALICE-HIDDEN-RATIONALE");
      // A viewer reads the report as published: every verdict and the resolution.
      const forViewer = await text((await exportDocument(viewer, documentId, format, ORIGIN)).body);
      expect(forViewer, format).toContain("EDITOR-HIDDEN-RATIONALE");
    }
    expect(await text((await exportDocument(viewer, documentId, "csv", ORIGIN)).body)).toContain(
      "ALICE-HIDDEN-RATIONALE",
    );

    // Once Bob has rated, the others' verdicts are his to see.
    rate(bob, claim.id, "false", "Bob's own reasons.");
    expect(await text((await exportDocument(bob, documentId, "markdown", ORIGIN)).body)).toContain(
      "ALICE-HIDDEN-RATIONALE",
    );
  });
});

describe("export requests", () => {
  it("answer 422 for an unknown format, 404 to an outsider, and name the file after the title", async () => {
    const { editor, outsider, documentId, projectId } = await desk("The treaty was signed.");
    const unknown = await rejection(() => exportDocument(editor, documentId, "xml", ORIGIN));
    expect(unknown.code).toBe("invalid");
    expect(unknown.fields).toEqual({
      format: ["format must be one of html, pdf, markdown, csv, claimreview, webannotation, json"],
    });
    expect((await rejection(() => exportDocument(editor, documentId, null, ORIGIN))).code).toBe("invalid");
    expect((await rejection(() => exportProject(editor, projectId, "docx", ORIGIN))).code).toBe("invalid");
    expect((await rejection(() => exportDocument(outsider, documentId, "csv", ORIGIN))).code).toBe("not-found");
    expect((await rejection(() => exportProject(outsider, projectId, "csv", ORIGIN))).code).toBe("not-found");

    const expected = {
      html: ["text/html; charset=utf-8", "desk.html"],
      markdown: ["text/markdown; charset=utf-8", "desk.md"],
      csv: ["text/csv; charset=utf-8", "desk.csv"],
      claimreview: ["application/ld+json", "desk.claimreview.jsonld"],
      webannotation: ['application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "desk.annotations.jsonld"],
    };
    for (const [format, [mediaType, filename]] of Object.entries(expected)) {
      const file = await exportProject(editor, projectId, format, ORIGIN);
      expect(file.mediaType).toBe(mediaType);
      expect(file.disposition).toBe(`attachment; filename="${filename}"`);
      await file.body.cancel();
    }
  });

  it("give json as the claimdesk/1 file of the document or the project", async () => {
    const { admin, documentId, projectId } = await demo();
    const file = await exportDocument(admin, documentId, "json", ORIGIN);
    expect(file.mediaType).toBe("application/json");
    expect(file.disposition).toBe(
      'attachment; filename="russia-and-iran-to-sign-comprehensive-strategic-partnership-treaty.claimdesk.json"',
    );
    const one = JSON.parse(await text(file.body)) as {
      format: string;
      scope: string;
      project: { organization: unknown };
      documents: { claims: unknown[] }[];
    };
    expect(one).toMatchObject({
      format: "claimdesk/1",
      scope: "document",
      project: { organization: { name: ORGANIZATION.name, url: ORGANIZATION.url } },
    });
    expect(one.documents[0]?.claims).toHaveLength(4);
    const all = JSON.parse(await text((await exportProject(admin, projectId, "json", ORIGIN)).body)) as {
      scope: string;
      documents: unknown[];
    };
    expect(all.scope).toBe("project");
    expect(all.documents).toHaveLength(1);
  });

  it("give a project's report with its documents in the project page's order and a table of contents", async () => {
    const { editor, projectId, documentId } = await desk("The first article says the treaty was signed.");
    const second = createDocument(editor, projectId, {
      title: "Second article",
      text: "The second says it was not.",
      sourceUrl: null,
      publisher: null,
      author: null,
      publishedAt: null,
      language: null,
    });
    mark(editor, second.id, quote("it was not"));
    citeSource(
      editor,
      mark(editor, documentId, quote("the treaty was signed")).id,
      addSourceSchema.parse({ url: "https://a.example/x", kind: "news-report", stance: "supports" }),
    );
    const html = await text((await exportProject(editor, projectId, "html", ORIGIN)).body);
    expect(html).toContain(`<a href="#document-${second.id}">Second article</a>`);
    const order = listDocuments(editor, projectId).map((d) => html.indexOf(`id="document-${d.id}"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).not.toMatch(/<script/i);
  });
});

const withChromium = findChromium().found ? describe : describe.skip;

withChromium("the PDF export", () => {
  it("prints the demo's report, its quotes in the PDF's text", async () => {
    const { admin, documentId } = await demo();
    const started = performance.now();
    const file = await exportDocument(admin, documentId, "pdf", ORIGIN);
    console.log(`[pdf] demo report exported in ${Math.round(performance.now() - started)} ms`);
    expect(file.mediaType).toBe("application/pdf");
    expect(file.disposition).toBe(
      'attachment; filename="russia-and-iran-to-sign-comprehensive-strategic-partnership-treaty.pdf"',
    );
    const pdf = await bytes(file.body);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    const pages = (await pdfPageTexts(pdf)).join(" ");
    expect(pages).toContain("there’s as yet no definitive evidence");
    expect(pages).toContain("On January 17, Vladimir Putin will hold talks");
    expect(pages).toContain("Treaty Watch Desk");
  }, 60_000);
});
