import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { SNIPPET_MATCH_END, SNIPPET_MATCH_START, type ClaimSearchResult } from "@/lib/claims/search";
import { addSourceSchema, commentSchema, resolutionSchema, updateClaimSourceSchema } from "@/lib/validation/claims";
import type { ClaimSearchInput } from "@/lib/validation/claim-search";
import { addComment } from "./add-comment";
import { addProjectMember } from "./add-project-member";
import { citeSource } from "./cite-source";
import { createDocument } from "./create-document";
import { createProject } from "./create-project";
import { deleteClaim } from "./delete-claim";
import { deleteComment } from "./delete-comment";
import { editCitation } from "./edit-citation";
import { editClaim } from "./edit-claim";
import { editComment } from "./edit-comment";
import { getDocument } from "./get-document";
import { openClaimsExplorer } from "./open-claims-explorer";
import { removeCitation } from "./remove-citation";
import { resolveClaim } from "./resolve-claim";
import { saveRevision } from "./save-revision";
import { searchClaims } from "./search-claims";
import type { SessionActor } from "./support/actor";
import { desk, mark, quote, rate, rejection, resolve, type Desk } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TREATY = [
  "Tehran and Moscow signed a comprehensive strategic partnership treaty in January after years of talks.",
  "The minister said the treaty binds neither side to defend the other in case of an attack by a third country.",
  "Officials added that there’s as yet no definitive evidence of missile transfers between the two governments.",
  "Trade between the two countries reportedly doubled last year, according to an unnamed official.",
].join("\n\n");

const docFields = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

function ids(result: ClaimSearchResult): string[] {
  return result.claims.map((c) => c.id);
}

/** The ids `actor` finds in the desk's project with `params`. */
function find(actor: SessionActor, d: Desk, params: ClaimSearchInput): string[] {
  return ids(searchClaims(actor, { projectId: d.projectId, ...params }));
}

function cite(actor: SessionActor, claimId: string, url: string, title: string, kind = "news-report") {
  return citeSource(actor, claimId, addSourceSchema.parse({ url, title, kind, stance: "supports" }));
}

/** Four claims marked by Alice, one per paragraph. */
function markFour(d: Desk) {
  const treaty = mark(d.alice, d.documentId, quote("comprehensive strategic partnership treaty"));
  const defence = mark(d.alice, d.documentId, {
    ...quote("binds neither side to defend the other"),
    claimant: "The minister",
  });
  const missiles = mark(d.alice, d.documentId, quote("no definitive evidence of missile transfers"));
  const trade = mark(d.alice, d.documentId, quote("Trade between the two countries reportedly doubled"));
  return { treaty, defence, missiles, trade };
}

describe("full-text search", () => {
  it("finds a claim by a word of its wording, quote, claimant, a comment, a source title or a rationale", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const { treaty, defence, missiles, trade } = markFour(d);
    editClaim(d.alice, treaty.id, { claimText: "Iran and Russia concluded a partnership pact" }, treaty.version);
    addComment(d.bob, missiles.id, commentSchema.parse({ body: "Ask the Pentagon spokesperson." }));
    cite(d.alice, trade.id, "https://example.org/customs", "Customs statistics yearbook");
    rate(d.bob, defence.id, "mostly-true", "Article four has no mutual assistance clause.");

    expect(find(d.editor, d, { q: "pact" })).toEqual([treaty.id]);
    expect(find(d.editor, d, { q: "strategic" })).toEqual([treaty.id]);
    expect(find(d.editor, d, { q: "minister" })).toEqual([defence.id]);
    expect(find(d.editor, d, { q: "pentagon" })).toEqual([missiles.id]);
    expect(find(d.editor, d, { q: "yearbook" })).toEqual([trade.id]);
    expect(find(d.editor, d, { q: "assistance" })).toEqual([defence.id]);
    expect(find(d.editor, d, { q: "nothing-like-this" })).toEqual([]);
  });

  it("folds case and diacritics, reads a trailing * as a prefix and quotes as a phrase", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const { treaty, defence } = markFour(d);
    addComment(d.bob, treaty.id, commentSchema.parse({ body: "Compare the Café Procope communiqué." }));
    expect(find(d.editor, d, { q: "CAFE communique" })).toEqual([treaty.id]);
    expect(find(d.editor, d, { q: "defen*" })).toEqual([defence.id]);
    expect(find(d.editor, d, { q: '"neither side"' })).toEqual([defence.id]);
    expect(find(d.editor, d, { q: '"side neither"' })).toEqual([]);
    // FTS5 syntax typed by a person is read as words, never as an error.
    expect(find(d.editor, d, { q: '(partnership) treaty: "comprehensive' })).toEqual([treaty.id]);
    expect(find(d.editor, d, { q: "quote:treaty" })).toEqual([]);
    expect(find(d.editor, d, { q: "-- ; *" })).toEqual([]);
  });

  it("needs every word somewhere in the claim, each in any field", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const { defence, missiles } = markFour(d);
    rate(d.bob, defence.id, "mostly-true", "Article four has no mutual assistance clause.");
    addComment(d.alice, missiles.id, commentSchema.parse({ body: "Article 12 is about trade." }));
    expect(find(d.editor, d, { q: "minister assistance" })).toEqual([defence.id]);
    expect(find(d.editor, d, { q: "article" }).sort()).toEqual([defence.id, missiles.id].sort());
    expect(find(d.editor, d, { q: "article missile" })).toEqual([missiles.id]);
  });

  it("marks the matched words in a snippet with the private-use markers", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const { defence } = markFour(d);
    rate(d.bob, defence.id, "mostly-true", "Article four has no mutual assistance clause.");
    const [hit] = searchClaims(d.editor, { projectId: d.projectId, q: "assistance" }).claims;
    expect(hit?.snippet).toBe(
      `Article four has no mutual ${SNIPPET_MATCH_START}assistance${SNIPPET_MATCH_END} clause.`,
    );
    expect(hit).toMatchObject({ id: defence.id, documentTitle: "Article", projectId: d.projectId });
    expect(searchClaims(d.editor, { projectId: d.projectId }).claims[0]).not.toHaveProperty("snippet");
  });

  it("ranks by bm25: a claim about the word comes before one that mentions it in passing", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const { treaty, missiles, trade } = markFour(d);
    addComment(
      d.bob,
      treaty.id,
      commentSchema.parse({
        body: "A long note on the negotiations, the delegations, the venues, the drafts, and one aside about missiles.",
      }),
    );
    editClaim(d.alice, missiles.id, { claimText: "Missiles: no evidence of missile transfers" }, missiles.version);
    addComment(
      d.bob,
      trade.id,
      commentSchema.parse({ body: "Unrelated to missiles? Yes, though missile parts are traded." }),
    );
    const found = find(d.editor, d, { q: "missile*" });
    expect(found).toEqual([missiles.id, trade.id, treaty.id]);
  });
});

describe("filters", () => {
  it("filter by resolved rating, verdict rating, status, reviewer, assignee, document and anchor", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const { treaty, defence, missiles, trade } = markFour(d);
    const other = createDocument(d.editor, d.projectId, {
      title: "Second article",
      text: "The treaty was ratified in March.",
      ...docFields,
    });
    const ratified = mark(d.alice, other.id, quote("The treaty was ratified in March"));
    rate(d.alice, defence.id, "mostly-true");
    rate(d.bob, defence.id, "mixed");
    rate(d.bob, missiles.id, "unproven");
    resolve(d.editor, missiles.id, "unproven");
    editClaim(d.editor, trade.id, { assigneeId: d.bob.userId }, trade.version);

    expect(find(d.viewer, d, { rating: "unproven" })).toEqual([missiles.id]);
    expect(find(d.viewer, d, { verdictRating: "mixed" })).toEqual([defence.id]);
    expect(find(d.viewer, d, { status: "resolved" })).toEqual([missiles.id]);
    expect(find(d.viewer, d, { status: "in-review" })).toEqual([defence.id]);
    expect(find(d.viewer, d, { status: "open", sort: "document" })).toEqual([treaty.id, trade.id, ratified.id]);
    expect(find(d.viewer, d, { reviewer: d.bob.userId, sort: "document" })).toEqual([defence.id, missiles.id]);
    expect(find(d.viewer, d, { reviewer: d.alice.userId })).toEqual([defence.id]);
    expect(find(d.viewer, d, { assignee: d.bob.userId })).toEqual([trade.id]);
    expect(find(d.viewer, d, { documentId: other.id })).toEqual([ratified.id]);
    expect(find(d.viewer, d, { anchor: "orphaned" })).toEqual([]);

    saveRevision(d.editor, other.id, { text: "An unrelated text." }, getDocument(d.editor, other.id).version);
    expect(find(d.viewer, d, { anchor: "orphaned" })).toEqual([ratified.id]);
    expect(find(d.viewer, d, { anchor: "exact" })).not.toContain(ratified.id);
  });

  it("filter by source and gap, and by the date a claim was marked", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const { treaty, defence, missiles, trade } = markFour(d);
    cite(d.alice, treaty.id, "https://example.org/treaty.pdf", "Treaty text", "primary-document");
    cite(d.alice, treaty.id, "https://example.org/kremlin", "Kremlin readout", "official-statement");
    cite(d.alice, defence.id, "https://example.org/news", "Wire report");

    const sort = { sort: "document" } as const;
    expect(find(d.viewer, d, { hasSource: "1", ...sort })).toEqual([treaty.id, defence.id]);
    expect(find(d.viewer, d, { hasSource: "0", ...sort })).toEqual([missiles.id, trade.id]);
    expect(find(d.viewer, d, { gap: "single-source" })).toEqual([defence.id]);
    expect(find(d.viewer, d, { gap: "no-source", ...sort })).toEqual([missiles.id, trade.id]);
    expect(find(d.viewer, d, { gap: "hedged-wording", ...sort })).toEqual([missiles.id, trade.id]);
    expect(find(d.viewer, d, { gap: "no-source", q: "reportedly" })).toEqual([trade.id]);

    const today = treaty.createdAt.slice(0, 10);
    const dayAfter = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const dayBefore = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(find(d.viewer, d, { from: today, to: today })).toHaveLength(4);
    expect(find(d.viewer, d, { to: dayBefore })).toEqual([]);
    expect(find(d.viewer, d, { from: dayAfter })).toEqual([]);
  });

  it("the gap filter reads what the reader sees: no disagreement among verdicts hidden from a blind reviewer", async () => {
    const d = await desk(TREATY);
    const { defence } = markFour(d);
    rate(d.alice, defence.id, "true");
    rate(d.editor, defence.id, "false");
    expect(find(d.viewer, d, { gap: "reviewer-disagreement" })).toEqual([defence.id]);
    expect(find(d.bob, d, { gap: "reviewer-disagreement" })).toEqual([]);
  });

  it("invalid parameters are refused as invalid, naming each field", async () => {
    const d = await desk(TREATY);
    const bad: ClaimSearchInput[] = [
      { status: "closed" },
      { anchor: "lost" },
      { gap: "no-sauce" },
      { hasSource: "yes" },
      { from: "2025-02-30" },
      { to: "14/01/2025" },
      { sort: "popularity" },
      { order: "up" },
      { limit: "0" },
      { limit: "201" },
      { limit: "ten" },
      { cursor: "not-a-cursor" },
      { rating: "sort-of-true" },
      { verdictRating: "Not A Key" },
    ];
    for (const params of bad) {
      const error = await rejection(() => searchClaims(d.editor, { projectId: d.projectId, ...params }));
      expect(error.code, JSON.stringify(params)).toBe("invalid");
      expect(Object.keys(error.fields ?? {}), JSON.stringify(params)).toEqual(Object.keys(params));
    }
    const backwards = await rejection(() => searchClaims(d.editor, { from: "2025-02-01", to: "2025-01-01" }));
    expect(backwards.fields?.to).toBeDefined();
    expect(searchClaims(d.editor, { projectId: d.projectId, status: "", q: "  ", limit: "" }).claims).toEqual([]);
  });
});

describe("sorting and keyset pagination", () => {
  async function manyClaims() {
    const words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"];
    const text = words.map((w) => `The ${w} treaty clause was signed.`).join("\n\n");
    const d = await desk(text, { blindReview: false });
    const claims = words.map((w) => mark(d.alice, d.documentId, quote(`The ${w} treaty clause`)));
    const other = createDocument(d.editor, d.projectId, {
      title: "An earlier article",
      text: "A treaty clause of old.",
      ...docFields,
    });
    claims.push(mark(d.bob, other.id, quote("A treaty clause of old")));
    return { d, claims };
  }

  /** Every page of a listing, following nextCursor. */
  function allPages(actor: SessionActor, params: ClaimSearchInput): string[][] {
    const pages: string[][] = [];
    let cursor: string | undefined;
    for (;;) {
      const result = searchClaims(actor, { ...params, limit: "3", ...(cursor ? { cursor } : {}) });
      pages.push(ids(result));
      if (!result.nextCursor) return pages;
      cursor = result.nextCursor;
      expect(pages.length).toBeLessThan(10);
    }
  }

  it("every sort pages through every claim exactly once, in the same order as one big page", async () => {
    const { d, claims } = await manyClaims();
    rate(d.alice, claims[2]!.id, "true");
    resolve(d.editor, claims[2]!.id, "true");
    resolve(d.editor, claims[4]!.id, "false");
    editClaim(d.editor, claims[5]!.id, { status: "in-review" }, claims[5]!.version);
    const listings: ClaimSearchInput[] = [
      {},
      { order: "asc" },
      { sort: "document" },
      { sort: "document", order: "desc" },
      { sort: "status" },
      { sort: "rating" },
      { sort: "rating", order: "desc" },
      { q: "treaty" },
      { q: "treaty clause", sort: "marked", order: "asc" },
      { gap: "no-source", sort: "status" },
    ];
    for (const listing of listings) {
      const params = { projectId: d.projectId, ...listing };
      const whole = ids(searchClaims(d.editor, params));
      const pages = allPages(d.editor, params);
      expect(pages.flat(), JSON.stringify(listing)).toEqual(whole);
      expect(new Set(whole).size, JSON.stringify(listing)).toBe(claims.length);
      expect(
        pages.slice(0, -1).every((p) => p.length === 3),
        JSON.stringify(listing),
      ).toBe(true);
    }
  });

  it("sorts by marked date, document, status and resolved rating", async () => {
    const { d, claims } = await manyClaims();
    const byMarked = searchClaims(d.editor, { projectId: d.projectId, order: "asc" }).claims;
    expect(byMarked.map((c) => c.createdAt)).toEqual(byMarked.map((c) => c.createdAt).sort());
    expect(find(d.editor, d, {})).toEqual(
      ids(searchClaims(d.editor, { projectId: d.projectId, order: "asc" })).reverse(),
    );

    // "An earlier article" before "Article"; within a document, in text order.
    expect(find(d.editor, d, { sort: "document" })).toEqual([claims[7]!.id, ...claims.slice(0, 7).map((c) => c.id)]);

    resolve(d.editor, claims[3]!.id, "false");
    resolve(d.editor, claims[1]!.id, "true");
    resolve(d.editor, claims[6]!.id, "unproven");
    const byRating = find(d.editor, d, { sort: "rating" });
    expect(byRating.slice(0, 3)).toEqual([claims[1]!.id, claims[3]!.id, claims[6]!.id]);
    const byStatus = searchClaims(d.editor, { projectId: d.projectId, sort: "status", order: "desc" }).claims.map(
      (c) => c.status,
    );
    expect(byStatus).toEqual(["resolved", "resolved", "resolved", "open", "open", "open", "open", "open"]);
  });

  it("a cursor continues only the listing it came from", async () => {
    const { d } = await manyClaims();
    const first = searchClaims(d.editor, { projectId: d.projectId, sort: "document", limit: "2" });
    expect(first.nextCursor).not.toBeNull();
    const error = await rejection(() =>
      searchClaims(d.editor, { projectId: d.projectId, sort: "status", cursor: first.nextCursor! }),
    );
    expect(error.code).toBe("invalid");
    expect(error.fields?.cursor).toBeDefined();
  });
});

describe("the index follows every change, in the same transaction", () => {
  it("edited and deleted comments, wording, citations and source titles are found by their new words only", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const { treaty, defence, missiles } = markFour(d);

    const comment = addComment(d.bob, treaty.id, commentSchema.parse({ body: "The archipelago question remains." }));
    expect(find(d.editor, d, { q: "archipelago" })).toEqual([treaty.id]);
    const edited = editComment(d.bob, comment.id, "The peninsula question remains.", comment.version);
    expect(find(d.editor, d, { q: "archipelago" })).toEqual([]);
    expect(find(d.editor, d, { q: "peninsula" })).toEqual([treaty.id]);
    deleteComment(d.bob, comment.id, edited.version);
    expect(find(d.editor, d, { q: "peninsula" })).toEqual([]);

    const reworded = editClaim(
      d.alice,
      defence.id,
      { claimText: "No obligation of mutual defence", claimant: "Lavrov" },
      defence.version,
    );
    expect(find(d.editor, d, { q: "obligation" })).toEqual([defence.id]);
    expect(find(d.editor, d, { q: "lavrov" })).toEqual([defence.id]);
    expect(find(d.editor, d, { q: "minister" })).toEqual([]);

    const first = cite(d.alice, missiles.id, "https://example.org/sipri", "Arms transfers database");
    cite(d.alice, treaty.id, "https://example.org/sipri", "Ignored title");
    expect(find(d.editor, d, { q: "database", sort: "document" })).toEqual([treaty.id, missiles.id]);
    editCitation(
      d.alice,
      missiles.id,
      first.source.id,
      updateClaimSourceSchema.parse({ title: "Register of conventional arms" }),
      first.source.version,
    );
    expect(find(d.editor, d, { q: "database" })).toEqual([]);
    expect(find(d.editor, d, { q: "register", sort: "document" })).toEqual([treaty.id, missiles.id]);
    const cited = searchClaims(d.editor, {
      projectId: d.projectId,
      q: "register",
      documentId: d.documentId,
      sort: "document",
    }).claims;
    const link = cited[1]!.sources[0]!;
    removeCitation(d.alice, missiles.id, link.id, link.version);
    expect(find(d.editor, d, { q: "register" })).toEqual([treaty.id]);

    deleteClaim(d.editor, reworded.id, reworded.version);
    expect(find(d.editor, d, { q: "obligation" })).toEqual([]);
  });

  it("a re-anchored claim is found by the words of its new quote", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const claim = mark(
      d.alice,
      d.documentId,
      quote("the treaty binds neither side to defend the other in case of an attack"),
    );
    const revised = TREATY.replace("in case of an attack", "in the event of an attack");
    saveRevision(d.editor, d.documentId, { text: revised }, getDocument(d.editor, d.documentId).version);
    expect(find(d.editor, d, { q: "event", anchor: "fuzzy" })).toEqual([claim.id]);
  });

  it("a changed rationale is found by its new words only", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const { defence } = markFour(d);
    rate(d.bob, defence.id, "true", "The annex settles it.");
    expect(find(d.editor, d, { q: "annex" })).toEqual([defence.id]);
    rate(d.bob, defence.id, "true", "The preamble settles it.");
    expect(find(d.editor, d, { q: "annex" })).toEqual([]);
    expect(find(d.editor, d, { q: "preamble" })).toEqual([defence.id]);
  });
});

describe("blind review", () => {
  it("a blind reviewer's search does not find another reviewer's hidden rationale, and finds it after rating", async () => {
    const d = await desk(TREATY);
    const { defence } = markFour(d);
    rate(d.alice, defence.id, "mostly-true", "Article four has no zeppelin clause.");

    expect(find(d.bob, d, { q: "zeppelin" })).toEqual([]);
    expect(find(d.bob, d, { verdictRating: "mostly-true" })).toEqual([]);
    expect(find(d.bob, d, { reviewer: d.alice.userId })).toEqual([]);
    expect(find(d.editor, d, { q: "zeppelin" })).toEqual([defence.id]);
    expect(find(d.viewer, d, { q: "zeppelin" })).toEqual([defence.id]);
    expect(find(d.alice, d, { q: "zeppelin" })).toEqual([defence.id]);
    // Words of the claim itself still find it, and the snippet shows only what Bob may see.
    const [hit] = searchClaims(d.bob, { projectId: d.projectId, q: "defend zeppelin*" }).claims;
    expect(hit).toBeUndefined();
    const [own] = searchClaims(d.bob, { projectId: d.projectId, q: "defend" }).claims;
    expect(own?.snippet).not.toContain("zeppelin");

    rate(d.bob, defence.id, "mixed", "Ambiguous.");
    expect(find(d.bob, d, { q: "zeppelin" })).toEqual([defence.id]);
    expect(searchClaims(d.bob, { projectId: d.projectId, q: "zeppelin" }).claims[0]?.snippet).toContain(
      `${SNIPPET_MATCH_START}zeppelin${SNIPPET_MATCH_END}`,
    );
    expect(find(d.bob, d, { verdictRating: "mostly-true" })).toEqual([defence.id]);
    expect(find(d.bob, d, { reviewer: d.alice.userId })).toEqual([defence.id]);
  });

  it("the resolution's rationale and rating stay hidden from a blind reviewer until they rate", async () => {
    const d = await desk(TREATY);
    const { missiles } = markFour(d);
    resolveClaim(
      d.editor,
      missiles.id,
      resolutionSchema.parse({ rating: "unproven", rationale: "The dossier is sealed." }),
      undefined,
    );
    expect(find(d.bob, d, { q: "dossier" })).toEqual([]);
    expect(find(d.bob, d, { rating: "unproven" })).toEqual([]);
    expect(find(d.bob, d, { sort: "rating" })[0]).not.toBe(missiles.id);
    expect(find(d.viewer, d, { q: "dossier" })).toEqual([missiles.id]);
    rate(d.bob, missiles.id, "unproven");
    expect(find(d.bob, d, { q: "dossier" })).toEqual([missiles.id]);
    expect(find(d.bob, d, { rating: "unproven" })).toEqual([missiles.id]);
  });
});

describe("which projects are searched", () => {
  it("a non-member's explicit project is not found, and is never searched without one", async () => {
    const d = await desk(TREATY, { blindReview: false });
    const { treaty } = markFour(d);
    const error = await rejection(() => searchClaims(d.outsider, { projectId: d.projectId, q: "treaty" }));
    expect(error.code).toBe("not-found");
    expect((await rejection(() => searchClaims(d.outsider, { projectId: "no-such-project" }))).code).toBe("not-found");
    expect(searchClaims(d.outsider, { q: "treaty" })).toEqual({ claims: [], nextCursor: null });
    expect((await rejection(() => openClaimsExplorer(d.outsider, d.projectId, {}))).code).toBe("not-found");

    // Without projectId: every project the caller belongs to; an admin, every project.
    const own = createProject(d.outsider, { name: "Olga's desk" });
    const doc = createDocument(d.outsider, own.id, { title: "Hers", text: "The treaty of Olga.", ...docFields });
    const hers = mark(d.outsider, doc.id, quote("The treaty of Olga"));
    expect(ids(searchClaims(d.outsider, { q: "treaty" }))).toEqual([hers.id]);
    expect(ids(searchClaims(d.alice, { q: "treaty" }))).not.toContain(hers.id);
    expect(ids(searchClaims(d.admin, { q: "treaty" })).sort()).toEqual([hers.id, treaty.id].sort());
    addProjectMember(d.outsider, own.id, { userId: d.alice.userId, role: "viewer" });
    expect(ids(searchClaims(d.alice, { q: "treaty" })).sort()).toEqual([hers.id, treaty.id].sort());
    expect(searchClaims(d.alice, { q: "treaty", documentId: doc.id }).claims.map((c) => c.projectId)).toEqual([own.id]);
  });

  it("the explorer page answers an invalid query with its field errors, not a refusal", async () => {
    const d = await desk(TREATY);
    markFour(d);
    const page = openClaimsExplorer(d.alice, d.projectId, { status: "closed" });
    expect(page.result).toBeNull();
    expect(page.errors?.status).toBeDefined();
    expect(page.documents).toEqual([{ id: d.documentId, title: "Article" }]);
    const ok = openClaimsExplorer(d.alice, d.projectId, { q: "treaty" });
    expect(ok).toMatchObject({ sort: "relevance", order: "asc", errors: null, isBlindToOthers: true });
    expect(openClaimsExplorer(d.editor, d.projectId, {}).isBlindToOthers).toBe(false);
    expect(ok.result?.claims.length).toBeGreaterThan(0);
  });
});
