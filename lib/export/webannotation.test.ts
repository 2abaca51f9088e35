import { describe, expect, it } from "vitest";
import { ARTICLE_TEXT, claimOn, makeExportDocument, resolution, source } from "./testing/make-export-document";
import { annotationViolations, pageViolations } from "./testing/web-annotation-checks";
import { buildAnnotationPage, buildWebAnnotation, WEB_ANNOTATION_CONTEXT } from "./webannotation";

const DEMO_QUOTE = "no definitive evidence that Iran has transferred ballistic missiles to Russia";

function documentWithEveryKindOfClaim() {
  const resolved = claimOn(ARTICLE_TEXT, DEMO_QUOTE, {
    id: "resolved",
    claimant: "U.S. officials",
    status: "resolved",
    createdAt: "2025-01-20T10:00:00+01:00",
    updatedAt: "2025-01-21 08:00:00",
    resolution: resolution("unproven", "No source shows a transfer.\nOfficials hedge."),
    sources: [
      source("https://www.state.gov/briefing"),
      source("https://news.example.org/other", { stance: "context" }),
      source("https://www.state.gov/briefing", { id: "dup" }),
    ],
  });
  const open = claimOn(ARTICLE_TEXT, "signed a comprehensive strategic partnership treaty", { id: "open" });
  const orphan = claimOn(ARTICLE_TEXT, "not directed against third countries", {
    id: "orphan",
    anchorStatus: "orphaned",
    anchorScore: null,
  });
  orphan.selector = { ...orphan.selector, start: null, end: null };
  return makeExportDocument({ claims: [resolved, open, orphan] });
}

describe("Web Annotation export", () => {
  it("meets every MUST of the Web Annotation Data Model that applies", () => {
    const page = buildAnnotationPage(documentWithEveryKindOfClaim());
    expect(pageViolations(page)).toEqual([]);
    expect(pageViolations(JSON.parse(JSON.stringify(page)))).toEqual([]);
    for (const claim of documentWithEveryKindOfClaim().claims) {
      expect(annotationViolations(buildWebAnnotation(documentWithEveryKindOfClaim(), claim), "$", false)).toEqual([]);
    }
  });

  it("reports a broken annotation (the checker is not vacuous)", () => {
    const broken = {
      type: "Note",
      id: "not an iri",
      "@context": [WEB_ANNOTATION_CONTEXT],
      motivation: "agreeing",
      created: "2025-01-20T10:00:00+01:00",
      body: [{ type: "TextualBody" }, { type: "SpecificResource", source: "x", value: "v" }],
      target: [
        {
          type: "SpecificResource",
          source: "https://a.example",
          selector: [{ type: "TextPositionSelector", start: -1, end: 2.5 }, { type: "TextQuoteSelector" }],
        },
      ],
    };
    expect(annotationViolations(broken, "$", false)).toEqual([
      "$.@context: a single value given as an array",
      "$: @context is not the first key",
      "$.id: not exactly 1 IRI",
      "$.type: Annotation missing",
      "$.motivation[0]: not an oa:Motivation",
      "$.created: not exactly 1 xsd:dateTime in UTC (Z)",
      "$.body[0].value: not exactly 1 string",
      "$.body[1].source: not exactly 1 IRI",
      "$.body[1]: a Specific Resource body with value or items",
      "$.target[0].selector[0].start: not exactly 1 non-negative integer",
      "$.target[0].selector[0].end: not exactly 1 non-negative integer",
      "$.target[0].selector[1].exact: not exactly 1 string",
    ]);
  });

  it("is one page of one assessing annotation per claim in text order, identified by ClaimDesk URLs", () => {
    const page = buildAnnotationPage(documentWithEveryKindOfClaim());
    expect(page.id).toBe("https://claimdesk.example.org/api/v1/documents/doc-1/export?format=webannotation");
    expect(page.items.map((a) => a.id)).toEqual([
      "https://claimdesk.example.org/api/v1/claims/open",
      "https://claimdesk.example.org/api/v1/claims/resolved",
      "https://claimdesk.example.org/api/v1/claims/orphan",
    ]);
    expect(page.items.every((a) => a.motivation === "assessing" && !("@context" in a))).toBe(true);
  });

  it("targets the quoted span with a quote and a code point position that an emoji before it does not shift", () => {
    const doc = documentWithEveryKindOfClaim();
    const annotation = buildWebAnnotation(doc, doc.claims[0]!);
    expect(annotation.target.source).toBe("https://news.example.org/2025/01/russia-iran-treaty");
    const [quote, position] = annotation.target.selector;
    expect(quote).toMatchObject({ type: "TextQuoteSelector", exact: DEMO_QUOTE });
    expect(quote.prefix).toBe(doc.claims[0]!.selector.prefix);
    expect(position).toEqual({
      type: "TextPositionSelector",
      start: doc.claims[0]!.selector.start,
      end: doc.claims[0]!.selector.end,
    });
    // Two flags (four code points, eight UTF-16 units) come before the quote.
    expect(ARTICLE_TEXT.indexOf(DEMO_QUOTE) - position!.start).toBe(4);
    expect(Array.from(doc.text).slice(position!.start, position!.end).join("")).toBe(quote.exact);
  });

  it("gives an orphaned claim its quote alone", () => {
    const doc = documentWithEveryKindOfClaim();
    const annotation = buildWebAnnotation(doc, doc.claims[2]!);
    expect(annotation.target.selector).toEqual([
      {
        type: "TextQuoteSelector",
        exact: "not directed against third countries",
        prefix: doc.claims[2]!.selector.prefix,
        suffix: ".",
      },
    ]);
  });

  it("leaves out an empty prefix or suffix", () => {
    const claim = claimOn(ARTICLE_TEXT, "Russia 🇷🇺 and Iran", { id: "first" });
    const doc = makeExportDocument({ claims: [claim] });
    const [quote] = buildWebAnnotation(doc, claim).target.selector;
    expect(quote).not.toHaveProperty("prefix");
    expect(quote.suffix).toBeTruthy();
  });

  it("targets the document's ClaimDesk page when the article has no URL", () => {
    const doc = { ...documentWithEveryKindOfClaim(), sourceUrl: null };
    expect(buildAnnotationPage(doc).items[1]!.target.source).toBe("https://claimdesk.example.org/documents/doc-1");
  });

  it("carries the resolution's rating and rationale and each distinct source as bodies", () => {
    const doc = documentWithEveryKindOfClaim();
    expect(buildWebAnnotation(doc, doc.claims[0]!).body).toEqual([
      {
        type: "TextualBody",
        purpose: "assessing",
        value: "Unproven",
        "schema:identifier": "unproven",
        format: "text/plain",
        creator: { type: "Person", name: "Eddie Editor" },
        modified: "2025-01-22T16:30:00.000Z",
      },
      {
        type: "TextualBody",
        purpose: "describing",
        value: "No source shows a transfer.\nOfficials hedge.",
        format: "text/plain",
        creator: { type: "Person", name: "Eddie Editor" },
      },
      { type: "SpecificResource", purpose: "linking", source: "https://www.state.gov/briefing" },
      { type: "SpecificResource", purpose: "linking", source: "https://news.example.org/other" },
    ]);
    expect(buildWebAnnotation(doc, doc.claims[1]!).body).toEqual([]);
  });

  it("writes its dates as UTC date-times and credits the user who marked the claim", () => {
    const doc = documentWithEveryKindOfClaim();
    const annotation = buildWebAnnotation(doc, doc.claims[0]!);
    expect(annotation.created).toBe("2025-01-20T09:00:00.000Z");
    // The resolution (22 January) is later than the claim's own last change.
    expect(annotation.modified).toBe("2025-01-22T16:30:00.000Z");
    expect(annotation.creator).toEqual({ type: "Person", name: "Rita Reviewer" });
    const anonymous = buildWebAnnotation(doc, { ...doc.claims[1]!, createdByName: null });
    expect(anonymous).not.toHaveProperty("creator");
    expect(anonymous.modified).toBe("2025-01-20T09:00:00.000Z");
  });

  it("gives a document without claims an empty page", () => {
    const page = buildAnnotationPage(makeExportDocument());
    expect(page.items).toEqual([]);
    expect(Object.keys(page)).toEqual(["@context", "id", "type", "items"]);
  });
});
