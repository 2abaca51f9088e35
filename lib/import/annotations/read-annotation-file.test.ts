import { describe, expect, it } from "vitest";
import { buildAnnotationPage, buildWebAnnotation } from "../../export/webannotation";
import {
  ARTICLE_TEXT,
  claimOn,
  makeExportDocument,
  resolution,
  source,
} from "../../export/testing/make-export-document";
import { readAnnotationFile } from "./read-annotation-file";
import { demoHypothesisExport } from "./testing/demo-fixtures";
import type { ReadAnnotation } from "./types";

function read(value: unknown): { format: string; annotations: ReadAnnotation[] } {
  const result = readAnnotationFile(value);
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result;
}

function problems(value: unknown): Record<string, string[]> {
  const result = readAnnotationFile(value);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("reading a Hypothesis export", () => {
  it("reads the file the Hypothesis client exports: quotes, tags, notes signed by their user, replies", () => {
    const { format, annotations } = read(demoHypothesisExport());
    expect(format).toBe("hypothesis");
    expect(annotations).toHaveLength(8);
    const [first, , reply, replyToReply] = annotations;
    expect(first).toMatchObject({
      index: 0,
      id: "h7Qe2NN4Ee-2xz9Q0Lq3yA",
      sourceId: "hypothesis:h7Qe2NN4Ee-2xz9Q0Lq3yA",
      replyTo: null,
      tags: ["hedged", "missile-transfers"],
      creator: "acct:maya_checks@hypothes.is",
      selectors: {
        quote: {
          type: "TextQuoteSelector",
          exact: "there’s as yet no definitive evidence",
          prefix: "s suggesting this has happened, ",
        },
      },
    });
    expect(first?.note).toMatch(/^“No definitive evidence” is the article's own hedge/);
    expect(first?.note).toMatch(/\n\n— via Hypothesis, acct:maya_checks@hypothes\.is \(Maya Checks\), 2025-01-15$/);
    // Its TextPositionSelector counts UTF-16 units of another page: not kept as a position.
    expect(first?.selectors.position).toBeUndefined();
    expect(reply).toMatchObject({ replyTo: "hypothesis:k2Rb0tN4Ee-qM1nYc8UO4g", selectors: {} });
    expect(reply?.note).toMatch(/— via Hypothesis, acct:j\.ortega@hypothes\.is \(Javier Ortega\), 2025-01-15$/);
    expect(replyToReply?.replyTo).toBe("hypothesis:pX7cGtN5Ee-a3VtH1cR8kQ");
    // A highlight without a note has no comment to make.
    expect(annotations[6]?.note).toBeNull();
  });

  it("reads a search result of its API and a bare array alike", () => {
    const { annotations } = demoHypothesisExport();
    const fromRows = read({ total: annotations.length, rows: annotations });
    const fromArray = read(annotations);
    expect(fromRows.format).toBe("hypothesis");
    expect(fromArray.annotations).toEqual(fromRows.annotations);
    expect(read({ rows: [] }).annotations).toEqual([]);
  });

  it("lists every problem of a file that does not read, by path", () => {
    const file = demoHypothesisExport();
    const [a, b, c, d] = file.annotations as Record<string, unknown>[];
    const broken = {
      ...file,
      annotations: [
        { ...a, id: 42 },
        { ...b, target: { source: "x" } },
        { ...c, tags: ["ok", 7], references: "pX7" },
        {
          ...d,
          target: [
            {
              selector: [
                { type: "TextQuoteSelector", exact: 3 },
                { type: "TextPositionSelector", start: "1", end: 2 },
              ],
            },
          ],
        },
        "not an annotation",
        { ...b },
      ],
    };
    expect(problems(broken)).toEqual({
      "annotations.0.id": ["must be the annotation's id (a string)"],
      "annotations.1.target": ["must be an array of targets"],
      "annotations.2.tags.1": ["must be a string"],
      "annotations.2.references": ["must be an array of annotation ids"],
      "annotations.3.target.0.selector.0.exact": ["must be a string"],
      "annotations.3.target.0.selector.1.start": ["must be a non-negative number"],
      "annotations.4": ["must be an annotation object"],
      "annotations.5.id": ["repeats the id of annotation 1"],
    });
  });

  it("refuses two annotations with one id", () => {
    const file = demoHypothesisExport();
    expect(problems({ ...file, annotations: [file.annotations[0], file.annotations[0]] })).toEqual({
      "annotations.1.id": ["repeats the id of annotation 0"],
    });
  });
});

describe("reading W3C Web Annotations", () => {
  const claim = claimOn(
    ARTICLE_TEXT,
    "There’s as yet no definitive evidence that Iran has transferred ballistic missiles to Russia",
    {
      id: "c1",
      status: "resolved",
      resolution: resolution("mostly-false", "No source shows a transfer."),
      sources: [source("https://www.state.gov/briefing"), source("https://news.example.org/other")],
    },
  );
  const doc = makeExportDocument({ claims: [claim] });

  it("reads ClaimDesk's own export: quote, code point position, rating key and label, rationale, sources", () => {
    const { format, annotations } = read(buildAnnotationPage(doc));
    expect(format).toBe("webannotation");
    expect(annotations).toEqual([
      {
        index: 0,
        id: "https://claimdesk.example.org/api/v1/claims/c1",
        sourceId: "webannotation:https://claimdesk.example.org/api/v1/claims/c1",
        replyTo: null,
        selectors: {
          quote: {
            type: "TextQuoteSelector",
            exact: claim.selector.exact,
            prefix: claim.selector.prefix,
            suffix: claim.selector.suffix,
          },
          position: { type: "TextPositionSelector", start: claim.selector.start, end: claim.selector.end },
        },
        tags: [],
        note: null,
        rating: { identifier: "mostly-false", label: "Mostly false" },
        rationale: "No source shows a transfer.",
        links: ["https://www.state.gov/briefing", "https://news.example.org/other"],
        extras: [],
        creator: "Rita Reviewer",
      },
    ]);
  });

  it("reads a bare array, one Annotation, and a collection whose first page is embedded", () => {
    const page = buildAnnotationPage(doc);
    const expected = read(page).annotations;
    expect(read(page.items).annotations).toEqual(expected);
    expect(read(buildWebAnnotation(doc, claim)).annotations).toEqual(expected);
    expect(
      read({
        "@context": page["@context"],
        type: "AnnotationCollection",
        first: { type: "AnnotationPage", items: page.items },
      }).annotations,
    ).toEqual(expected);
  });

  it("keeps what has no field as comments: other purposes, bodyValue, odd links; tagging bodies become tags", () => {
    const { annotations } = read({
      type: "Annotation",
      target: { source: "https://example.org/a", selector: [{ type: "TextQuoteSelector", exact: "signed" }] },
      bodyValue: "A plain note",
      body: [
        { type: "TextualBody", purpose: "commenting", value: "Worth a second look." },
        { type: "TextualBody", purpose: "tagging", value: "treaty" },
        { type: "TextualBody", purpose: ["oa:tagging"], value: "treaty" },
        { type: "SpecificResource", purpose: "linking", source: "ftp://files.example.org/x" },
        "https://example.org/evidence",
        { type: "TextualBody", purpose: "describing", value: "First rationale" },
        { type: "TextualBody", purpose: "describing", value: "Second rationale" },
      ],
    });
    expect(annotations[0]).toMatchObject({
      tags: ["treaty"],
      links: ["https://example.org/evidence"],
      rationale: "First rationale",
      extras: ["A plain note", "Worth a second look.", "linking: ftp://files.example.org/x", "Second rationale"],
    });
  });

  it("reads an annotation replying to another as a reply, its words signed", () => {
    const { annotations } = read([
      {
        id: "urn:a",
        type: "Annotation",
        target: { source: "x", selector: { type: "TextQuoteSelector", exact: "signed" } },
      },
      {
        id: "urn:b",
        type: "Annotation",
        motivation: "replying",
        creator: "Sam",
        target: "urn:a",
        body: { type: "TextualBody", value: "Agreed." },
      },
    ]);
    expect(annotations[1]).toMatchObject({
      replyTo: "webannotation:urn:a",
      note: "Agreed.\n\n— via Web Annotation, Sam",
      selectors: {},
    });
  });

  it("names an annotation without an id by a digest of its JSON, the same on every read", () => {
    const annotation = {
      type: "Annotation",
      target: { source: "x", selector: { type: "TextQuoteSelector", exact: "signed" } },
    };
    const first = read(annotation).annotations[0]?.sourceId;
    expect(first).toMatch(/^webannotation:digest:[0-9a-f]{14}$/);
    expect(read(JSON.parse(JSON.stringify(annotation))).annotations[0]?.sourceId).toBe(first);
    expect(read({ ...annotation, bodyValue: "x" }).annotations[0]?.sourceId).not.toBe(first);
  });

  it("lists every problem of a page that does not read, by path", () => {
    expect(
      problems({
        type: "AnnotationPage",
        items: [
          { type: "Annotation", id: "urn:a" },
          { type: "Note", id: "urn:b", target: "x" },
          {
            type: "Annotation",
            id: "urn:c",
            target: { selector: [{ type: "TextPositionSelector", start: -1, end: 2.5 }] },
          },
          {
            type: "Annotation",
            id: "urn:d",
            target: "x",
            body: [{ type: "TextualBody", value: 3 }, { type: "SpecificResource" }],
          },
          { type: "Annotation", id: "urn:a", target: "x" },
        ],
      }),
    ).toEqual({
      "items.0.target": ["is missing: an Annotation has at least one target"],
      "items.1.type": ['must be "Annotation"'],
      "items.2.target.selector.0.start": ["must be a non-negative integer (code points)"],
      "items.2.target.selector.0.end": ["must be a non-negative integer (code points)"],
      "items.3.body.0.value": ["must be a string"],
      "items.3.body.1": ["must have a value (a TextualBody) or a source IRI (a SpecificResource)"],
      "items.4.id": ["repeats the annotation 0"],
    });
  });
});

describe("telling the formats apart", () => {
  it("refuses what is neither, as a whole", () => {
    const message = expect.stringMatching(/^is not a W3C AnnotationPage/);
    expect(problems({ hello: "world" })).toEqual({ _: [message] });
    expect(problems("text")).toEqual({ _: [message] });
    expect(problems([1, 2])).toEqual({ _: [message] });
    expect(problems({ annotations: "none" })).toEqual({ annotations: ["must be an array of annotations"] });
  });

  it("reads an empty list as nothing to import", () => {
    expect(read([]).annotations).toEqual([]);
    expect(read({ type: "AnnotationPage", items: [] }).annotations).toEqual([]);
  });
});
