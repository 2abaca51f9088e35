import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import {
  addSourceSchema,
  commentSchema,
  createClaimSchema,
  resolutionSchema,
  updateClaimSourceSchema,
  verdictSchema,
} from "@/lib/validation/claims";
import { addProjectMember } from "./add-project-member";
import { addComment } from "./add-comment";
import { citeSource } from "./cite-source";
import { deleteClaim } from "./delete-claim";
import { editCitation } from "./edit-citation";
import { editComment } from "./edit-comment";
import { editClaim } from "./edit-claim";
import { getClaimHistory } from "./get-claim-history";
import { getClaim } from "./get-claim";
import { getDocument } from "./get-document";
import { giveVerdict } from "./give-verdict";
import { listClaimComments } from "./list-claim-comments";
import { listDocumentClaims } from "./list-document-claims";
import { listDocuments } from "./list-documents";
import { markClaim } from "./mark-claim";
import { resolveClaim } from "./resolve-claim";
import { saveRevision } from "./save-revision";
import { desk, mark, quote, rate, rejection, resolve } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

function codePoints(s: string): number {
  return Array.from(s).length;
}

const TREATY =
  "Tehran and Moscow signed a comprehensive strategic partnership treaty in January. " +
  "The minister said the treaty binds neither side to defend the other, and officials added that there’s as yet no definitive evidence of missile transfers.";

describe("marking claims", () => {
  it("a quote selector and a position selector agree on code point offsets after an emoji and Hebrew", async () => {
    const text = "Intro 😀 שלום עולם 🇮🇷 — then the claim: the treaty was signed in January by both leaders.";
    const { editor, documentId } = await desk(text);
    const exact = "the treaty was signed in January";
    const start = codePoints(text.slice(0, text.indexOf(exact)));
    const end = start + codePoints(exact);
    expect(start).toBeLessThan(text.indexOf(exact));

    const byQuote = mark(editor, documentId, quote(exact));
    const byPosition = mark(editor, documentId, { selector: { type: "TextPositionSelector", start, end } });
    expect(byQuote.selector).toMatchObject({ start, end, exact });
    expect(byPosition.selector).toEqual(byQuote.selector);
    expect(byQuote.claimText).toBe(exact);
    expect(byQuote.anchorStatus).toBe("exact");
    expect(listDocumentClaims(editor, documentId)).toHaveLength(2);
  });

  it("a quote with straight apostrophes finds the typographic one and stores the document's characters", async () => {
    const { editor, documentId } = await desk(TREATY);
    const claim = mark(editor, documentId, quote("there's as yet no definitive evidence"));
    expect(claim.selector.exact).toBe("there’s as yet no definitive evidence");
    expect(claim.claimText).toBe("there’s as yet no definitive evidence");
    expect(claim.selector.start).toBe(TREATY.indexOf("there’s"));
  });

  it("a quote with a lone surrogate is refused as invalid, by the schema and by the service, and nothing is saved", async () => {
    const { editor, documentId } = await desk(TREATY);
    const halfAnEmoji = "the treaty \ud83c";
    expect(createClaimSchema.safeParse(quote(halfAnEmoji)).success).toBe(false);
    const selector = { quote: { type: "TextQuoteSelector" as const, exact: halfAnEmoji }, position: undefined };
    const error = await rejection(() => markClaim(editor, documentId, { selector, claimText: null, claimant: null }));
    expect(error.code).toBe("invalid");
    expect(error.fields?.selector).toBeDefined();
    expect(listDocumentClaims(editor, documentId)).toEqual([]);
  });

  it("a quote not in the text is refused as invalid on the selector, and nothing is saved", async () => {
    const { editor, documentId } = await desk(TREATY);
    const error = await rejection(() => mark(editor, documentId, quote("the treaty includes a mutual defence clause")));
    expect(error.code).toBe("invalid");
    expect(error.fields?.selector).toBeDefined();
    expect(listDocumentClaims(editor, documentId)).toEqual([]);
  });
});

describe("blind review", () => {
  it("a reviewer sees another's verdict only after giving their own; editors and viewers see all", async () => {
    const { editor, alice, bob, viewer, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote("binds neither side to defend the other"));
    rate(alice, claim.id, "mostly-true", "The treaty text has no defence clause.");

    const [bobsView] = listDocumentClaims(bob, documentId);
    expect(bobsView?.verdicts).toEqual([]);
    expect(bobsView?.verdictsHidden).toBe(true);
    expect(getClaim(bob, claim.id).verdictsHidden).toBe(true);

    const history = getClaimHistory(bob, claim.id);
    const summaries = history.map((h) => h.summary).join("\n");
    expect(summaries).toContain("Alice gave a verdict");
    expect(summaries).not.toMatch(/mostly true/i);

    for (const reader of [editor, viewer]) {
      const view = getClaim(reader, claim.id);
      expect(view.verdicts.map((v) => v.rating)).toEqual(["mostly-true"]);
      expect(view.verdictsHidden).toBe(false);
    }
    expect(getClaim(alice, claim.id).verdicts.map((v) => v.userId)).toEqual([alice.userId]);

    const after = rate(bob, claim.id, "true");
    expect(after.verdictsHidden).toBe(false);
    expect(after.verdicts.map((v) => [v.userName, v.rating]).sort()).toEqual([
      ["Alice", "mostly-true"],
      ["Bob", "true"],
    ]);
    expect(
      getClaimHistory(bob, claim.id)
        .map((h) => h.summary)
        .join("\n"),
    ).toContain("Alice rated it Mostly true");
  });

  it("with blind review off every reviewer sees all verdicts", async () => {
    const { alice, bob, documentId } = await desk(TREATY, { blindReview: false });
    const claim = mark(alice, documentId, quote("binds neither side to defend the other"));
    rate(alice, claim.id, "false");
    const view = getClaim(bob, claim.id);
    expect(view.verdicts.map((v) => v.rating)).toEqual(["false"]);
    expect(view.verdictsHidden).toBe(false);
    expect(
      getClaimHistory(bob, claim.id)
        .map((h) => h.summary)
        .join("\n"),
    ).toContain("Alice rated it False");
  });
});

describe("verdicts, resolutions and claim status", () => {
  it("moves open → in-review → resolved; a verdict that disagrees later flags it, and resolving clears the flag", async () => {
    const { editor, alice, bob, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote("no definitive evidence of missile transfers"));
    expect(claim.status).toBe("open");
    expect(rate(alice, claim.id, "unproven").status).toBe("in-review");

    const resolved = resolve(editor, claim.id, "unproven");
    expect(resolved.status).toBe("resolved");
    expect(resolved.resolution).toMatchObject({ rating: "unproven", rationale: "Final.", userId: editor.userId });

    expect(rate(bob, claim.id, "unproven")).toMatchObject({ status: "resolved", isFlagged: false });
    expect(rate(bob, claim.id, "false")).toMatchObject({ status: "resolved", isFlagged: true });
    expect(getClaim(editor, claim.id)).toMatchObject({ status: "resolved", isFlagged: true });
    expect(getClaim(editor, claim.id).resolution?.rating).toBe("unproven");

    expect(resolve(editor, claim.id, "false")).toMatchObject({ status: "resolved", isFlagged: false });
  });

  it("a rating not on the project's scale is refused on the rating field", async () => {
    const { editor, alice, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote("no definitive evidence of missile transfers"));
    const verdict = await rejection(() => rate(alice, claim.id, "pants-on-fire"));
    expect(verdict.code).toBe("invalid");
    expect(verdict.fields?.rating).toBeDefined();
    const resolution = await rejection(() => resolve(editor, claim.id, "pants-on-fire"));
    expect(resolution.fields?.rating).toBeDefined();
    const after = getClaim(editor, claim.id);
    expect(after.verdicts).toEqual([]);
    expect(after.status).toBe("open");
  });

  it("changing one's verdict keeps one current verdict, and the history lists both", async () => {
    const { editor, alice, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote("no definitive evidence of missile transfers"));
    const first = giveVerdict(alice, claim.id, verdictSchema.parse({ rating: "mixed" }), undefined);
    expect(first.verdict).toEqual({ version: 1, created: true });
    const second = giveVerdict(
      alice,
      claim.id,
      verdictSchema.parse({ rating: "unproven", confidence: "high", rationale: "No evidence either way." }),
      1,
    );
    expect(second.verdict).toEqual({ version: 2, created: false });
    expect(second.claim.verdicts).toHaveLength(1);
    expect(second.claim.verdicts[0]).toMatchObject({
      userId: alice.userId,
      rating: "unproven",
      confidence: "high",
      rationale: "No evidence either way.",
    });

    const stale = await rejection(() => giveVerdict(alice, claim.id, verdictSchema.parse({ rating: "false" }), 1));
    expect(stale.code).toBe("stale-version");

    const verdictLines = getClaimHistory(editor, claim.id)
      .filter((h) => h.entityType === "verdict")
      .map((h) => h.summary);
    expect(verdictLines).toEqual(["Alice changed their rating to Unproven", "Alice rated it Mixed"]);
  });
});

describe("optimistic concurrency", () => {
  it("editing a claim needs its current version; a stale one changes nothing", async () => {
    const { alice, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote("binds neither side to defend the other"));
    expect(claim.version).toBe(1);

    const missing = await rejection(() => editClaim(alice, claim.id, { claimText: "No defence pact." }, undefined));
    expect(missing.code).toBe("precondition-required");
    const stale = await rejection(() => editClaim(alice, claim.id, { claimText: "No defence pact." }, [0, 7]));
    expect(stale.code).toBe("stale-version");
    expect(getClaim(alice, claim.id)).toEqual(claim);

    const edited = editClaim(alice, claim.id, { claimText: "No defence pact.", claimant: "The minister" }, [1]);
    expect(edited).toMatchObject({ claimText: "No defence pact.", claimant: "The minister", version: 2 });
    expect(edited.selector).toEqual(claim.selector);
    expect((await rejection(() => editClaim(alice, claim.id, { claimant: "Someone" }, 1))).code).toBe("stale-version");
  });

  it("invalid changes are refused as invalid before the version is looked at", async () => {
    const { editor, alice, outsider, documentId } = await desk(TREATY);
    const claim = mark(alice, documentId, quote("binds neither side to defend the other"));
    for (const expected of [undefined, 99]) {
      const assignee = await rejection(() => editClaim(editor, claim.id, { assigneeId: outsider.userId }, expected));
      expect(assignee.code).toBe("invalid");
      expect(assignee.fields?.assigneeId).toBeDefined();
      const unresolved = await rejection(() => editClaim(editor, claim.id, { status: "resolved" }, expected));
      expect(unresolved.code).toBe("invalid");
      expect(unresolved.fields?.status).toBeDefined();
    }
    expect(editClaim(editor, claim.id, { assigneeId: alice.userId }, claim.version).assigneeId).toBe(alice.userId);
  });
});

describe("sources", () => {
  const cite = (url: string) =>
    addSourceSchema.parse({ url, kind: "primary-document", stance: "supports", title: "Treaty text" });

  it("a URL the project already knows is reused for another claim, and cited once per claim", async () => {
    const { alice, documentId } = await desk(TREATY);
    const one = mark(alice, documentId, quote("binds neither side to defend the other"));
    const two = mark(alice, documentId, quote("no definitive evidence of missile transfers"));
    const url = "https://example.org/treaty.pdf";

    const first = citeSource(alice, one.id, cite(url));
    const second = citeSource(alice, two.id, { ...cite(url), stance: "context", title: "Ignored title" });
    expect(second.source.sourceId).toBe(first.source.sourceId);
    expect(second.source.id).not.toBe(first.source.id);
    expect(second.source).toMatchObject({ url, title: "Treaty text", stance: "context" });

    const again = await rejection(() => citeSource(alice, one.id, cite(url)));
    expect(again.code).toBe("conflict");
    expect(getClaim(alice, one.id).sources).toHaveLength(1);
  });

  it("a javascript: URL is refused by the schema", () => {
    const result = addSourceSchema.safeParse({ url: "javascript:alert(1)", kind: "news-report", stance: "refutes" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("url");
  });
});

describe("comments", () => {
  it("a reply must answer a comment of the same claim, and only its author edits a comment", async () => {
    const { editor, alice, bob, documentId } = await desk(TREATY);
    const one = mark(alice, documentId, quote("binds neither side to defend the other"));
    const two = mark(alice, documentId, quote("no definitive evidence of missile transfers"));

    const top = addComment(alice, one.id, commentSchema.parse({ body: "Who is the minister?" }));
    const reply = addComment(bob, one.id, commentSchema.parse({ body: "Lavrov.", parentId: top.id }));
    expect(reply).toMatchObject({ parentId: top.id, userId: bob.userId, userName: "Bob" });
    const elsewhere = addComment(bob, two.id, commentSchema.parse({ body: "Another thread." }));

    for (const parentId of [elsewhere.id, "no-such-comment"]) {
      const error = await rejection(() =>
        addComment(bob, one.id, commentSchema.parse({ body: "Misplaced.", parentId })),
      );
      expect(error.code).toBe("invalid");
      expect(error.fields?.parentId).toBeDefined();
    }
    expect(listClaimComments(alice, one.id).map((c) => c.id)).toEqual([top.id, reply.id]);
    expect(getClaim(alice, one.id).commentCount).toBe(2);

    expect((await rejection(() => editComment(bob, top.id, "Hijacked.", top.version))).code).toBe("forbidden");
    expect((await rejection(() => editComment(editor, top.id, "Hijacked.", top.version))).code).toBe("forbidden");
    const edited = editComment(alice, top.id, "Who is the minister quoted?", top.version);
    expect(edited).toMatchObject({ body: "Who is the minister quoted?", version: top.version + 1 });
  });
});

describe("re-anchoring on a new revision", () => {
  const first =
    "Tehran and Moscow signed a comprehensive strategic partnership treaty in January after years of talks.";
  const second =
    "The minister said the treaty binds neither side to defend the other in case of an attack by a third country.";
  const third =
    "Officials added that there’s as yet no definitive evidence of missile transfers between the two governments.";
  const original = [first, second, third].join("\n\n");

  it("moves, orphans and fuzzily re-attaches claims, bumping the version only of those that changed", async () => {
    const { editor, alice, documentId } = await desk(original);
    const kept = mark(alice, documentId, quote("comprehensive strategic partnership treaty"));
    const moved = mark(alice, documentId, quote("no definitive evidence of missile transfers"));
    const orphan = mark(alice, documentId, quote("binds neither side to defend the other"));

    const inserted = "A new paragraph about the talks.";
    const revised = [first, inserted, third].join("\n\n");
    const document = getDocument(editor, documentId);
    const result = saveRevision(editor, documentId, { text: revised }, document.version);
    expect(result.revision).toBe(2);

    const byId = new Map(result.claims.map((c) => [c.id, c]));
    expect(byId.get(kept.id)).toMatchObject({
      anchorStatus: "exact",
      start: kept.selector.start,
      end: kept.selector.end,
    });
    const shift = codePoints(inserted) - codePoints(second);
    expect(byId.get(moved.id)).toMatchObject({
      anchorStatus: "moved",
      anchorScore: 1,
      start: (moved.selector.start ?? 0) + shift,
      end: (moved.selector.end ?? 0) + shift,
    });
    expect(byId.get(orphan.id)).toEqual({
      id: orphan.id,
      anchorStatus: "orphaned",
      anchorScore: null,
      start: null,
      end: null,
    });

    const claims = new Map(listDocumentClaims(editor, documentId).map((c) => [c.id, c]));
    expect(claims.get(kept.id)?.version).toBe(kept.version);
    expect(claims.get(moved.id)?.version).toBe(moved.version + 1);
    expect(claims.get(moved.id)?.selector.exact).toBe(moved.selector.exact);
    const orphaned = claims.get(orphan.id);
    expect(orphaned?.selector).toMatchObject({
      exact: "binds neither side to defend the other",
      start: null,
      end: null,
    });
    expect(orphaned?.anchorStatus).toBe("orphaned");
    expect(orphaned?.version).toBe(orphan.version + 1);
    expect(getClaimHistory(editor, orphan.id)[0]?.summary).toBe("A new revision (2) left it orphaned");
  });

  it("a claim on the second of two identical sentences stays on it when a paragraph is added above", async () => {
    const sentence = "The Parties shall consult each other on all matters of mutual interest.";
    const text = `Article 1. ${sentence} Trade shall be free.\n\nArticle 2. Security is indivisible. ${sentence} Disputes are settled by talks.`;
    const { editor, alice, documentId } = await desk(text);
    const claim = mark(alice, documentId, {
      selector: { type: "TextQuoteSelector", exact: sentence, prefix: "Security is indivisible. " },
    });
    expect(claim.selector.start).toBe(codePoints(text.slice(0, text.lastIndexOf(sentence))));

    const revised = `Preamble. The Parties, recalling their friendship, have agreed as follows.\n\n${text}`;
    const [result] = saveRevision(
      editor,
      documentId,
      { text: revised },
      getDocument(editor, documentId).version,
    ).claims;
    expect(result).toMatchObject({
      anchorStatus: "moved",
      start: codePoints(revised.slice(0, revised.lastIndexOf(sentence))),
    });
  });

  it("a reworded sentence is re-attached as fuzzy with a score", async () => {
    const { editor, alice, documentId } = await desk(original);
    const claim = mark(
      alice,
      documentId,
      quote("the treaty binds neither side to defend the other in case of an attack"),
    );
    const revised = original.replace(
      "defend the other in case of an attack",
      "defend the other in the event of an attack",
    );
    const document = getDocument(editor, documentId);
    const [result] = saveRevision(editor, documentId, { text: revised }, document.version).claims;
    expect(result?.anchorStatus).toBe("fuzzy");
    expect(result?.anchorScore).toBeGreaterThan(0.8);
    expect(result?.anchorScore).toBeLessThan(1);
    const view = getClaim(editor, claim.id);
    expect(view.anchorStatus).toBe("fuzzy");
    expect(view.selector.exact).toBe(
      Array.from(revised)
        .slice(result?.start ?? 0, result?.end ?? 0)
        .join(""),
    );
    expect(view.selector.exact).toContain("in the event of");
    expect(view.claimText).toBe(claim.claimText);
  });

  it("a claim whose neighbouring words changed stays exact but gets a new version for its new context", async () => {
    const { editor, alice, documentId } = await desk(original);
    const claim = mark(alice, documentId, quote("the treaty binds"));
    const revised = original.replace("neither side to defend", "no one to defend");
    const document = getDocument(editor, documentId);
    saveRevision(editor, documentId, { text: revised }, document.version);
    const view = getClaim(editor, claim.id);
    expect(view.anchorStatus).toBe("exact");
    expect(view.selector.start).toBe(claim.selector.start);
    expect(view.selector.suffix).not.toBe(claim.selector.suffix);
    expect(view.selector.suffix.startsWith(" no one to defend")).toBe(true);
    expect(view.version).toBe(claim.version + 1);
  });

  it("a stale document version is refused and nothing changes", async () => {
    const { editor, alice, documentId } = await desk(original);
    const claim = mark(alice, documentId, quote("binds neither side to defend the other"));
    const document = getDocument(editor, documentId);
    const missing = await rejection(() => saveRevision(editor, documentId, { text: first }, undefined));
    expect(missing.code).toBe("precondition-required");
    const stale = await rejection(() => saveRevision(editor, documentId, { text: first }, document.version + 1));
    expect(stale.code).toBe("stale-version");

    const after = getDocument(editor, documentId);
    expect(after.revision).toBe(1);
    expect(after.version).toBe(document.version);
    expect(after.text).toBe(original);
    expect(getClaim(alice, claim.id)).toEqual(claim);
  });
});

describe("authorization", () => {
  it("a viewer cannot mark claims, and a non-member finds no claim", async () => {
    const { alice, viewer, outsider, documentId } = await desk(TREATY);
    expect((await rejection(() => mark(viewer, documentId, quote("binds neither side")))).code).toBe("forbidden");
    const claim = mark(alice, documentId, quote("binds neither side"));
    expect(getClaim(viewer, claim.id).id).toBe(claim.id);
    expect((await rejection(() => getClaim(outsider, claim.id))).code).toBe("not-found");
    expect((await rejection(() => editClaim(outsider, claim.id, { claimant: "x" }, claim.version))).code).toBe(
      "not-found",
    );
    expect((await rejection(() => mark(outsider, documentId, quote("binds neither side")))).code).toBe("not-found");
  });

  it("a reviewer deletes only their own claims, an editor any", async () => {
    const { editor, alice, bob, documentId } = await desk(TREATY);
    const alices = mark(alice, documentId, quote("binds neither side"));
    const bobs = mark(bob, documentId, quote("no definitive evidence"));
    const another = mark(bob, documentId, quote("strategic partnership treaty"));

    expect((await rejection(() => deleteClaim(alice, bobs.id, bobs.version))).code).toBe("forbidden");
    expect((await rejection(() => deleteClaim(bob, bobs.id, undefined))).code).toBe("precondition-required");
    deleteClaim(bob, bobs.id, bobs.version);
    deleteClaim(editor, alices.id, alices.version);
    expect((await rejection(() => getClaim(editor, bobs.id))).code).toBe("not-found");
    expect(listDocumentClaims(editor, documentId).map((c) => c.id)).toEqual([another.id]);
  });
});

describe("blind review beyond the claim's verdicts", () => {
  it("hides the editor's resolution from a reviewer until they rate, in the claim, its history and the document list", async () => {
    const d = await desk("The minister said the treaty is signed.");
    const claim = mark(d.alice, d.documentId, quote("the treaty is signed"));
    rate(d.alice, claim.id, "false");
    resolveClaim(
      d.editor,
      claim.id,
      resolutionSchema.parse({ rating: "false", rationale: "The treaty is not signed yet." }),
      undefined,
    );

    const before = getClaim(d.bob, claim.id);
    expect(before.resolution).toBeNull();
    expect(before.verdictsHidden).toBe(true);
    expect(before.status).toBe("resolved");
    const history = getClaimHistory(d.bob, claim.id)
      .map((h) => h.summary)
      .join("\n");
    expect(history).not.toMatch(/False/);
    const [summary] = listDocuments(d.bob, d.projectId);
    expect(summary?.verdicts).toEqual({});
    expect(summary?.resolutions).toEqual({});

    rate(d.bob, claim.id, "mostly-false");
    const after = getClaim(d.bob, claim.id);
    expect(after.resolution?.rating).toBe("false");
    expect(after.verdicts).toHaveLength(2);
    expect(listDocuments(d.bob, d.projectId)[0]?.verdicts).toEqual({ false: 1, "mostly-false": 1 });
    // Editors and viewers see the counts all along.
    expect(listDocuments(d.viewer, d.projectId)[0]?.resolutions).toEqual({ false: 1 });
  });

  it("a stale resolution is refused, so an editor cannot overwrite one they have not seen", async () => {
    const d = await desk("The minister said the treaty is signed.");
    const claim = mark(d.alice, d.documentId, quote("the treaty is signed"));
    resolveClaim(d.editor, claim.id, resolutionSchema.parse({ rating: "false", rationale: "First." }), 0);
    const error = await rejection(() =>
      resolveClaim(d.editor, claim.id, resolutionSchema.parse({ rating: "true", rationale: "Second." }), 0),
    );
    expect(error.code).toBe("stale-version");
    expect(getClaim(d.editor, claim.id).resolution?.rationale).toBe("First.");
  });
});

describe("shared sources and comments", () => {
  it("editing a source through one claim makes the other claims' citations of it stale", async () => {
    const d = await desk("First claim here. Second claim there.");
    const one = mark(d.alice, d.documentId, quote("First claim"));
    const two = mark(d.alice, d.documentId, quote("Second claim"));
    const input = addSourceSchema.parse({ url: "https://example.org/report", kind: "news-report", stance: "supports" });
    citeSource(d.alice, one.id, input);
    const onTwo = citeSource(d.alice, two.id, { ...input, title: "A report" }).source;
    const onOne = getClaim(d.alice, one.id).sources[0]!;
    expect(onOne.title).toBe("A report"); // the second citation filled in the missing title

    editCitation(
      d.alice,
      one.id,
      onOne.id,
      updateClaimSourceSchema.parse({ title: "The report, corrected" }),
      onOne.version,
    );
    const error = await rejection(() =>
      editCitation(d.bob, two.id, onTwo.id, updateClaimSourceSchema.parse({ title: "Another title" }), onTwo.version),
    );
    expect(error.code).toBe("stale-version");
    expect(getClaim(d.alice, two.id).sources[0]?.title).toBe("The report, corrected");
  });

  it("a reviewer made a viewer can no longer edit their comments", async () => {
    const d = await desk("First claim here.");
    const claim = mark(d.alice, d.documentId, quote("First claim"));
    const comment = addComment(d.alice, claim.id, commentSchema.parse({ body: "Needs a source." }));
    addProjectMember(d.editor, d.projectId, { userId: d.alice.userId, role: "viewer" });
    const error = await rejection(() => editComment(d.alice, comment.id, "Changed.", comment.version));
    expect(error.code).toBe("forbidden");
  });
});
