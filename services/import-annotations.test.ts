import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import type { ClaimView } from "@/lib/claims/types";
import type { ExportDocument } from "@/lib/export/types";
import { buildAnnotationPage } from "@/lib/export/webannotation";
import {
  codePointSpan,
  DEMO_ARTICLE_SOURCE,
  DEMO_TEXT,
  demoHypothesisExport,
} from "@/lib/import/annotations/testing/demo-fixtures";
import { defaultRatingScale } from "@/lib/ratings";
import { addSourceSchema } from "@/lib/validation/claims";
import { citeSource } from "./cite-source";
import { createDocument } from "./create-document";
import { getClaimHistory } from "./get-claim-history";
import { getDocument } from "./get-document";
import { importAnnotations } from "./import-annotations";
import { listClaimComments } from "./list-claim-comments";
import { listDocumentClaims } from "./list-document-claims";
import { desk, mark, rate, rejection, resolve } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const docFields = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

function claimByQuote(claims: ClaimView[], exact: string): ClaimView {
  const claim = claims.find((c) => c.selector.exact === exact);
  if (!claim) throw new Error(`no claim on: ${exact}`);
  return claim;
}

describe("importing a Hypothesis export", () => {
  it("the demo export makes its claims at the right code points, and reports the one quote not found", async () => {
    const { alice, documentId } = await desk(DEMO_ARTICLE_SOURCE);
    expect(getDocument(alice, documentId).text).toBe(DEMO_TEXT);

    const result = importAnnotations(alice, documentId, demoHypothesisExport());
    expect(result).toMatchObject({ format: "hypothesis", created: 5, notAnchored: 1, skipped: 0, replies: 2 });
    expect(result.results.map((r) => [r.kind, r.anchorStatus, r.reason ?? null])).toEqual([
      ["claim", "exact", null],
      ["claim", "exact", null],
      ["reply", null, null],
      ["reply", null, null],
      ["claim", "fuzzy", null],
      ["claim", "exact", null],
      ["claim", "exact", null],
      ["claim", null, "quote-not-found"],
    ]);
    expect(result.results.filter((r) => r.reason === "quote-not-found")).toEqual([
      expect.objectContaining({
        index: 7,
        annotationId: "e6WnAtN5Ee-Kd4sG9yH7uQ",
        claimId: null,
        message: expect.any(String),
      }),
    ]);

    const claims = listDocumentClaims(alice, documentId);
    expect(claims).toHaveLength(5);
    // Every claim's offsets are code points of the canonical text, where its quote is.
    for (const claim of claims) {
      expect(claim.selector).toMatchObject(codePointSpan(DEMO_TEXT, claim.selector.exact));
      expect(Array.from(DEMO_TEXT).slice(claim.selector.start!, claim.selector.end!).join("")).toBe(
        claim.selector.exact,
      );
    }
    expect(claims.map((c) => c.selector.exact).sort()).toEqual(
      [
        "there’s as yet no definitive evidence",
        "Iran has reportedly set up a major UAV production facility on Russian soil",
        "lost a key Middle East ally upon the fall of Bashar al Assad",
        "caused President Zelensky to say there’s an axis of rogue states",
        "Turkey was widely seen as supporting the insurgents",
      ].sort(),
    );
    const hedge = claimByQuote(claims, "there’s as yet no definitive evidence");
    expect(hedge).toMatchObject({
      tags: ["hedged", "missile-transfers"],
      anchorStatus: "exact",
      status: "open",
      claimText: "there’s as yet no definitive evidence",
      createdBy: alice.userId,
    });
    const assad = claimByQuote(claims, "lost a key Middle East ally upon the fall of Bashar al Assad");
    expect(assad.anchorStatus).toBe("fuzzy");
    expect(assad.anchorScore).toBeCloseTo(1 - 1 / 60, 5);
    // The straight apostrophe of the annotation found the article's curly one.
    expect(claimByQuote(claims, "caused President Zelensky to say there’s an axis of rogue states").tags).toEqual([
      "attribution",
    ]);

    const [note] = listClaimComments(alice, hedge.id);
    expect(note).toMatchObject({ userId: alice.userId, parentId: null });
    expect(note?.body).toMatch(/^“No definitive evidence” is the article's own hedge/);
    expect(note?.body).toMatch(/— via Hypothesis, acct:maya_checks@hypothes\.is \(Maya Checks\), 2025-01-15$/);
    // A highlight without a note makes no comment.
    expect(
      listClaimComments(alice, claimByQuote(claims, "Turkey was widely seen as supporting the insurgents").id),
    ).toEqual([]);
    expect(getClaimHistory(alice, hedge.id).map((h) => h.summary)).toContain(
      "Alice imported it from a Hypothesis annotation",
    );
  });

  it("replies become replies to the comment of the annotation they answer, a reply to a reply under it", async () => {
    const { alice, documentId } = await desk(DEMO_ARTICLE_SOURCE);
    // A search result lists the newest first: the replies come before what they answer.
    const rows = [...demoHypothesisExport().annotations].reverse();
    importAnnotations(alice, documentId, { total: rows.length, rows });
    const uav = claimByQuote(
      listDocumentClaims(alice, documentId),
      "Iran has reportedly set up a major UAV production facility on Russian soil",
    );
    const [note, reply, replyToReply] = listClaimComments(alice, uav.id);
    expect(note?.body).toMatch(/^Which report\? The article names none\./);
    expect(reply).toMatchObject({ parentId: note?.id });
    expect(reply?.body).toMatch(
      /^The Alabuga plant[\s\S]*— via Hypothesis, acct:j\.ortega@hypothes\.is \(Javier Ortega\), 2025-01-15$/,
    );
    expect(replyToReply).toMatchObject({ parentId: reply?.id });
    expect(replyToReply?.body).toMatch(/^Agreed: citing one of those would close the gap\./);
  });

  it("importing the same file twice adds nothing, and says what it found", async () => {
    const { alice, bob, documentId } = await desk(DEMO_ARTICLE_SOURCE);
    const first = importAnnotations(alice, documentId, demoHypothesisExport());
    const claims = listDocumentClaims(alice, documentId);
    const comments = claims.map((c) => listClaimComments(alice, c.id).length);

    const again = importAnnotations(bob, documentId, demoHypothesisExport());
    expect(again).toMatchObject({ created: 0, replies: 0, skipped: 7, notAnchored: 1 });
    expect(again.results.map((r) => r.claimId)).toEqual(first.results.map((r) => r.claimId));
    expect(again.results.filter((r) => r.reason === "already-imported")).toHaveLength(7);
    expect(listDocumentClaims(alice, documentId).map((c) => c.id)).toEqual(claims.map((c) => c.id));
    expect(claims.map((c) => listClaimComments(alice, c.id).length)).toEqual(comments);
  });

  it("a new reply in a later export joins the thread it answers; the rest is left as it is", async () => {
    const { alice, documentId } = await desk(DEMO_ARTICLE_SOURCE);
    const file = demoHypothesisExport();
    importAnnotations(alice, documentId, file);
    const later = {
      ...file,
      annotations: [
        ...file.annotations,
        {
          ...file.annotations[2],
          id: "zz9NewReply0000000000a",
          text: "Another thought.",
          references: ["h7Qe2NN4Ee-2xz9Q0Lq3yA"],
        },
      ],
    };
    const result = importAnnotations(alice, documentId, later);
    expect(result).toMatchObject({ created: 0, replies: 1, skipped: 7 });
    const hedge = claimByQuote(listDocumentClaims(alice, documentId), "there’s as yet no definitive evidence");
    const [note, reply] = listClaimComments(alice, hedge.id);
    expect(reply).toMatchObject({ parentId: note?.id });
    expect(reply?.body).toMatch(/^Another thought\./);
  });

  it("a file with a problem is refused whole with the list of problems, and nothing is written", async () => {
    const { alice, documentId } = await desk(DEMO_ARTICLE_SOURCE);
    const file = demoHypothesisExport();
    const broken = {
      ...file,
      annotations: [
        ...file.annotations.slice(0, 5),
        { ...file.annotations[5], target: "nowhere" },
        { ...file.annotations[6], id: null },
      ],
    };
    const error = await rejection(() => importAnnotations(alice, documentId, broken));
    expect(error.code).toBe("invalid");
    expect(error.status).toBe(422);
    expect(error.fields).toEqual({
      "annotations.5.target": ["must be an array of targets"],
      "annotations.6.id": ["must be the annotation's id (a string)"],
    });
    expect(listDocumentClaims(alice, documentId)).toEqual([]);
    expect((await rejection(() => importAnnotations(alice, documentId, { some: "thing" }))).fields).toEqual({
      _: [expect.stringMatching(/^is not a W3C/)],
    });
  });

  it("reviewers import; a viewer may not, and an outsider is told the document does not exist", async () => {
    const { viewer, outsider, documentId } = await desk(DEMO_ARTICLE_SOURCE);
    expect((await rejection(() => importAnnotations(viewer, documentId, demoHypothesisExport()))).code).toBe(
      "forbidden",
    );
    expect((await rejection(() => importAnnotations(outsider, documentId, demoHypothesisExport()))).code).toBe(
      "not-found",
    );
  });
});

describe("importing W3C Web Annotations", () => {
  it("the rating, rationale and links become the importer's verdict and sources; what does not map becomes comments", async () => {
    const { alice, documentId } = await desk(DEMO_ARTICLE_SOURCE);
    const quote = "there’s as yet no definitive evidence";
    const result = importAnnotations(alice, documentId, [
      {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        id: "https://elsewhere.example.org/anno/1",
        type: "Annotation",
        motivation: "assessing",
        creator: { type: "Person", name: "Sam Source" },
        target: {
          source: "https://www.example.com/article",
          selector: [{ type: "TextQuoteSelector", exact: quote, suffix: "." }],
        },
        body: [
          { type: "TextualBody", purpose: "assessing", value: "Unproven" },
          { type: "TextualBody", purpose: "describing", value: "Officials hedge; no document either way." },
          { type: "SpecificResource", purpose: "linking", source: "https://www.state.gov/briefing" },
          { type: "TextualBody", purpose: "commenting", value: "Ask the ministry." },
          { type: "TextualBody", purpose: "tagging", value: "hedged" },
        ],
      },
      {
        id: "https://elsewhere.example.org/anno/2",
        type: "Annotation",
        target: {
          source: "https://www.example.com/article",
          selector: { type: "TextQuoteSelector", exact: "Putin and Pezeshkian" },
        },
        body: { type: "TextualBody", purpose: "assessing", value: "Satire" },
      },
    ]);
    expect(result).toMatchObject({ format: "webannotation", created: 2, notAnchored: 0 });
    const claims = listDocumentClaims(alice, documentId);
    const claim = claimByQuote(claims, quote);
    expect(claim).toMatchObject({
      status: "in-review",
      tags: ["hedged"],
      verdicts: [
        {
          userId: alice.userId,
          rating: "unproven",
          rationale: "Officials hedge; no document either way.",
          confidence: null,
        },
      ],
      sources: [
        expect.objectContaining({
          url: "https://www.state.gov/briefing",
          kind: "news-report",
          stance: "context",
          credibility: "undetermined",
        }),
      ],
    });
    expect(listClaimComments(alice, claim.id).map((c) => c.body)).toEqual([
      "Ask the ministry.\n\n— via Web Annotation, Sam Source",
    ]);
    const satire = claimByQuote(claims, "Putin and Pezeshkian");
    expect(satire.verdicts).toEqual([]);
    expect(listClaimComments(alice, satire.id).map((c) => c.body)).toEqual([
      "Assessment: Satire (not a rating of this project's scale)\n\n— via Web Annotation",
    ]);
  });

  it("a document's webannotation export imported into a fresh copy gives the same quotes, positions and ratings", async () => {
    // Flags and an emoji before the claims: code points and UTF-16 units part ways.
    const text = `Leaders 🇷🇺🇮🇷 met 😀 in Moscow.\n\n${DEMO_ARTICLE_SOURCE}`;
    const { editor, alice, projectId, documentId } = await desk(text);
    const marked = [
      mark(alice, documentId, {
        selector: { type: "TextQuoteSelector", exact: "there’s as yet no definitive evidence" },
      }),
      mark(alice, documentId, { selector: { type: "TextQuoteSelector", exact: "the Kremlin", suffix: " said." } }),
      mark(alice, documentId, { selector: { type: "TextQuoteSelector", exact: "Leaders 🇷🇺🇮🇷 met" } }),
      mark(alice, documentId, {
        selector: { type: "TextQuoteSelector", exact: "Turkey was widely seen as supporting the insurgents" },
      }),
    ];
    const ratings = ["unproven", "true", "mostly-true"];
    marked.slice(0, 3).forEach((claim, i) => {
      rate(alice, claim.id, ratings[i]!);
      resolve(editor, claim.id, ratings[i]!);
    });
    citeSource(
      editor,
      marked[1]!.id,
      addSourceSchema.parse({
        url: "http://en.kremlin.ru/events/president/news",
        kind: "official-statement",
        stance: "supports",
      }),
    );

    const original = getDocument(editor, documentId);
    const views = listDocumentClaims(editor, documentId);
    const exported: ExportDocument = {
      ...original,
      project: { id: projectId, name: "Desk", organization: null, ratingScale: defaultRatingScale },
      claims: views.map((v) => ({
        ...v,
        resolution: v.resolution ? { ...v.resolution, userName: "Edith" } : null,
        createdByName: "Alice",
      })),
      baseUrl: "https://claimdesk.example.org",
    };
    const file = JSON.parse(JSON.stringify(buildAnnotationPage(exported))) as unknown;

    const copy = createDocument(editor, projectId, { title: "Copy", text, ...docFields });
    const result = importAnnotations(alice, copy.id, file);
    expect(result).toMatchObject({ created: 4, notAnchored: 0 });
    expect(result.results.every((r) => r.anchorStatus === "exact")).toBe(true);

    const imported = listDocumentClaims(alice, copy.id);
    const summary = (claims: ClaimView[], rating: (c: ClaimView) => string | null) =>
      claims.map((c) => ({
        exact: c.selector.exact,
        prefix: c.selector.prefix,
        suffix: c.selector.suffix,
        start: c.selector.start,
        end: c.selector.end,
        rating: rating(c),
      }));
    expect(summary(imported, (c) => c.verdicts[0]?.rating ?? null)).toEqual(
      summary(views, (c) => c.resolution?.rating ?? null),
    );
    expect(claimByQuote(imported, "the Kremlin").sources.map((s) => s.url)).toEqual([
      "http://en.kremlin.ru/events/president/news",
    ]);
    // Twice into the copy: still four claims; and into the original, its own claims are found.
    expect(importAnnotations(alice, copy.id, file)).toMatchObject({ created: 0, skipped: 4 });
    expect(importAnnotations(alice, documentId, file)).toMatchObject({ created: 0, skipped: 4 });
    expect(listDocumentClaims(alice, documentId)).toHaveLength(4);
  });
});
