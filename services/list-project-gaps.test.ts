import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import type { GapKind } from "@/lib/gaps/gap-kinds";
import { addSourceSchema, updateClaimSourceSchema, verdictSchema, type AddSourceInput } from "@/lib/validation/claims";
import { citeSource } from "./cite-source";
import { createDocument } from "./create-document";
import { createProject } from "./create-project";
import { deleteClaim } from "./delete-claim";
import { editCitation } from "./edit-citation";
import { getClaim } from "./get-claim";
import { giveVerdict } from "./give-verdict";
import { listDocumentClaims } from "./list-document-claims";
import { listProjectGaps } from "./list-project-gaps";
import type { SessionActor } from "./support/actor";
import { desk, mark, quote, rate, rejection, resolve } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TREATY =
  "Tehran and Moscow signed a comprehensive strategic partnership treaty in January. " +
  "The minister said the treaty binds neither side to defend the other, and officials added that there’s as yet no definitive evidence of missile transfers.";
const PLAIN = "binds neither side to defend the other";
const HEDGED = "there’s as yet no definitive evidence of missile transfers";

const docFields = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

function source(fields: Partial<AddSourceInput> & { url: string }): AddSourceInput {
  return addSourceSchema.parse({ kind: "news-report", stance: "supports", ...fields });
}

/** The gap kinds of one claim in the project's gaps list, as `actor` gets it. */
function kindsOf(actor: SessionActor, projectId: string, claimId: string): GapKind[] {
  return listProjectGaps(actor, projectId)
    .gaps.filter((g) => g.claimId === claimId)
    .map((g) => g.kind);
}

describe("gaps appear and disappear as the sourcing changes", () => {
  it("no source, then a single source, then a single publisher, then none once a primary document from elsewhere is cited", async () => {
    const { alice, projectId, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote(PLAIN));
    expect(kindsOf(alice, projectId, claim.id)).toEqual(["no-source"]);
    expect(claim.gaps).toEqual([{ kind: "no-source", detail: "No source is cited." }]);

    citeSource(alice, claim.id, source({ url: "https://www.reuters.com/world/treaty", publisher: "Reuters" }));
    expect(kindsOf(alice, projectId, claim.id)).toEqual(["single-source", "no-primary-source"]);
    expect(listProjectGaps(alice, projectId).gaps.find((g) => g.kind === "single-source")?.detail).toBe(
      "Only one source is cited (Reuters).",
    );

    citeSource(alice, claim.id, source({ url: "https://www.reuters.com/world/treaty-analysis", publisher: "reuters" }));
    expect(kindsOf(alice, projectId, claim.id)).toEqual(["no-primary-source", "single-publisher"]);

    citeSource(
      alice,
      claim.id,
      source({ url: "https://mid.ru/treaty.pdf", kind: "primary-document", publisher: "Russian MFA" }),
    );
    expect(kindsOf(alice, projectId, claim.id)).toEqual([]);
    expect(getClaim(alice, claim.id).gaps).toEqual([]);
  });

  it("anonymous sourcing alone is a gap until a named source joins it", async () => {
    const { alice, projectId, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote(PLAIN));
    citeSource(alice, claim.id, source({ url: "https://example.org/a", kind: "anonymous" }));
    citeSource(alice, claim.id, source({ url: "https://example.com/b", kind: "anonymous" }));
    expect(kindsOf(alice, projectId, claim.id)).toEqual(["no-primary-source", "anonymous-only"]);

    citeSource(alice, claim.id, source({ url: "https://data.example.net/c", kind: "dataset" }));
    expect(kindsOf(alice, projectId, claim.id)).toEqual([]);
  });

  it("hedged wording is found in the quote and named in the detail", async () => {
    const { alice, projectId, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote(HEDGED));
    const hedged = listProjectGaps(alice, projectId, { kind: "hedged-wording" }).gaps;
    expect(hedged).toEqual([
      {
        claimId: claim.id,
        documentId,
        kind: "hedged-wording",
        detail: expect.stringContaining('"no definitive evidence" (unverified status)'),
      },
    ]);
  });

  it("a resolution no source bears on is unsupported until one does; an unproven one never is", async () => {
    const { editor, alice, projectId, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote(PLAIN));
    const cited = citeSource(alice, claim.id, source({ url: "https://mid.ru/treaty.pdf", kind: "primary-document" }));
    rate(alice, claim.id, "false");
    resolve(editor, claim.id, "false");
    expect(kindsOf(editor, projectId, claim.id)).toEqual(["single-source", "unsupported-verdict"]);
    expect(listProjectGaps(editor, projectId, { kind: "unsupported-verdict" }).gaps[0]?.detail).toBe(
      'Resolved as "False", but no cited source refutes the claim.',
    );

    editCitation(
      alice,
      claim.id,
      cited.source.id,
      updateClaimSourceSchema.parse({ stance: "refutes" }),
      cited.source.version,
    );
    expect(kindsOf(editor, projectId, claim.id)).toEqual(["single-source"]);

    editCitation(
      alice,
      claim.id,
      cited.source.id,
      updateClaimSourceSchema.parse({ stance: "context" }),
      cited.source.version + 1,
    );
    expect(kindsOf(editor, projectId, claim.id)).toContain("unsupported-verdict");
    resolve(editor, claim.id, "unproven");
    expect(kindsOf(editor, projectId, claim.id)).not.toContain("unsupported-verdict");
  });

  it("verdicts two steps apart are a disagreement until one moves closer", async () => {
    const { editor, alice, bob, projectId, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote(PLAIN));
    rate(alice, claim.id, "true");
    rate(bob, claim.id, "mostly-false");
    const [gap] = listProjectGaps(editor, projectId, { kind: "reviewer-disagreement" }).gaps;
    expect(gap).toMatchObject({ claimId: claim.id, detail: 'Verdicts differ: "True" (5) and "Mostly false" (2).' });

    rate(bob, claim.id, "mostly-true");
    expect(listProjectGaps(editor, projectId, { kind: "reviewer-disagreement" }).gaps).toEqual([]);
  });

  it("a verdict without a rationale is a gap until it gets one", async () => {
    const { alice, projectId, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote(PLAIN));
    giveVerdict(alice, claim.id, verdictSchema.parse({ rating: "true" }), undefined);
    expect(listProjectGaps(alice, projectId, { kind: "missing-rationale" }).gaps).toEqual([
      { claimId: claim.id, documentId, kind: "missing-rationale", detail: "1 of 1 verdict has no rationale." },
    ]);

    rate(alice, claim.id, "true", "The treaty text has no mutual defence clause.");
    expect(listProjectGaps(alice, projectId, { kind: "missing-rationale" }).gaps).toEqual([]);
  });

  it("a deleted claim's gaps are no longer listed", async () => {
    const { alice, projectId, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote(PLAIN));
    expect(listProjectGaps(alice, projectId).gaps).toHaveLength(1);
    deleteClaim(alice, claim.id, claim.version);
    expect(listProjectGaps(alice, projectId)).toMatchObject({ gaps: [], claims: [] });
  });
});

describe("the gaps list", () => {
  it("lists each claim with its quote, document title and resolved rating label, and counts every kind", async () => {
    const { editor, alice, projectId, documentId } = await desk(TREATY);
    const plain = mark(alice, documentId, quote(PLAIN));
    const hedged = mark(alice, documentId, quote(HEDGED));
    rate(alice, hedged.id, "unproven");
    resolve(editor, hedged.id, "unproven");

    const result = listProjectGaps(editor, projectId);
    expect(result.project).toEqual({ id: projectId, name: "Desk" });
    expect(result.filter).toEqual({ kind: null, documentId: null });
    expect(result.documents).toEqual([{ id: documentId, title: "Article" }]);
    expect(result.gaps.map((g) => [g.kind, g.claimId])).toEqual([
      ["no-source", plain.id],
      ["no-source", hedged.id],
      ["hedged-wording", hedged.id],
    ]);
    expect(result.counts).toEqual({
      "no-source": 2,
      "single-source": 0,
      "no-primary-source": 0,
      "single-publisher": 0,
      "anonymous-only": 0,
      "hedged-wording": 1,
      "unsupported-verdict": 0,
      "reviewer-disagreement": 0,
      "missing-rationale": 0,
    });
    expect(result.claims).toEqual([
      {
        id: plain.id,
        documentId,
        documentTitle: "Article",
        quote: PLAIN,
        claimText: PLAIN,
        status: "open",
        resolution: null,
      },
      {
        id: hedged.id,
        documentId,
        documentTitle: "Article",
        quote: HEDGED,
        claimText: HEDGED,
        status: "resolved",
        resolution: { rating: "unproven", label: "Unproven" },
      },
    ]);
  });

  it("filters by kind and by document, and takes blank values as no filter", async () => {
    const { editor, alice, projectId, documentId } = await desk(TREATY);
    const other = createDocument(editor, projectId, {
      title: "Second article",
      text: "Officials reportedly met in Baku.",
      ...docFields,
    });
    const here = mark(alice, documentId, quote(HEDGED));
    const there = mark(alice, other.id, quote("Officials reportedly met in Baku"));

    const byKind = listProjectGaps(alice, projectId, { kind: "hedged-wording" });
    expect(byKind.filter.kind).toBe("hedged-wording");
    expect(byKind.gaps.map((g) => g.kind)).toEqual(["hedged-wording", "hedged-wording"]);
    expect(byKind.counts["no-source"]).toBe(0);
    expect(byKind.counts["hedged-wording"]).toBe(2);

    const byDocument = listProjectGaps(alice, projectId, { documentId: other.id });
    expect(new Set(byDocument.gaps.map((g) => g.claimId))).toEqual(new Set([there.id]));
    expect(byDocument.claims.map((c) => c.documentTitle)).toEqual(["Second article"]);
    expect(byDocument.documents.map((d) => d.title).sort()).toEqual(["Article", "Second article"]);

    const both = listProjectGaps(alice, projectId, { kind: "no-source", documentId });
    expect(both.gaps).toEqual([{ claimId: here.id, documentId, kind: "no-source", detail: "No source is cited." }]);

    expect(listProjectGaps(alice, projectId, { kind: "", documentId: " " })).toEqual(listProjectGaps(alice, projectId));
    expect(listProjectGaps(alice, projectId, { kind: null, documentId: null }).filter).toEqual({
      kind: null,
      documentId: null,
    });
  });

  it("keeps to its project, refuses a kind that is not one of the nine as invalid, and a document of another project as not found", async () => {
    const { editor, alice, projectId } = await desk(TREATY);
    const invalid = await rejection(() => listProjectGaps(alice, projectId, { kind: "thin-sourcing" }));
    expect(invalid.code).toBe("invalid");
    expect(invalid.fields?.kind?.[0]).toContain("no-source");

    const elsewhere = createProject(editor, { name: "Elsewhere", blindReview: true });
    const foreign = createDocument(editor, elsewhere.id, {
      title: "Foreign",
      text: "Officials reportedly met in Baku.",
      ...docFields,
    });
    const foreignClaim = mark(editor, foreign.id, quote("Officials reportedly met in Baku"));
    expect(listProjectGaps(editor, elsewhere.id).claims.map((c) => c.id)).toEqual([foreignClaim.id]);
    expect(listProjectGaps(editor, projectId)).toMatchObject({
      gaps: [],
      claims: [],
      documents: [{ title: "Article" }],
    });
    for (const documentId of [foreign.id, "not-a-document"]) {
      const error = await rejection(() => listProjectGaps(editor, projectId, { documentId }));
      expect(error.code).toBe("not-found");
    }
  });

  it("is not found for a non-member and readable by viewers and instance admins", async () => {
    const { admin, viewer, outsider, alice, projectId, documentId } = await desk(TREATY);
    mark(alice, documentId, quote(PLAIN));
    expect((await rejection(() => listProjectGaps(outsider, projectId))).code).toBe("not-found");
    expect((await rejection(() => listProjectGaps(outsider, "no-such-project"))).code).toBe("not-found");
    expect(listProjectGaps(viewer, projectId).gaps).toHaveLength(1);
    expect(listProjectGaps(admin, projectId).gaps).toHaveLength(1);
  });
});

describe("blind review", () => {
  it("a reviewer who has not rated gets no disagreement, unsupported verdict or missing rationale from ratings they cannot see", async () => {
    const { editor, alice, bob, viewer, projectId, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote(PLAIN));
    citeSource(
      alice,
      claim.id,
      source({ url: "https://mid.ru/treaty.pdf", kind: "primary-document", stance: "supports" }),
    );
    giveVerdict(alice, claim.id, verdictSchema.parse({ rating: "true" }), undefined);
    rate(editor, claim.id, "false");
    resolve(editor, claim.id, "false");

    const seen: GapKind[] = ["single-source", "unsupported-verdict", "reviewer-disagreement", "missing-rationale"];
    expect(kindsOf(editor, projectId, claim.id)).toEqual(seen);
    expect(kindsOf(viewer, projectId, claim.id)).toEqual(seen);

    expect(kindsOf(bob, projectId, claim.id)).toEqual(["single-source"]);
    expect(getClaim(bob, claim.id).gaps.map((g) => g.kind)).toEqual(["single-source"]);
    expect(listDocumentClaims(bob, documentId)[0]?.gaps.map((g) => g.kind)).toEqual(["single-source"]);
    const bobs = listProjectGaps(bob, projectId);
    expect(bobs.claims[0]).toMatchObject({ status: "resolved", resolution: null });
    expect(JSON.stringify(bobs)).not.toMatch(/False|"true"|Verdicts differ/);

    // Once Bob has given his own verdict he sees the others', and the gaps they make.
    rate(bob, claim.id, "mostly-true");
    expect(kindsOf(bob, projectId, claim.id)).toEqual(seen);
  });
});
