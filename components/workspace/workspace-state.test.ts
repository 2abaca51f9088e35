import { describe, expect, it } from "vitest";
import type { ClaimView, CommentView } from "@/lib/claims/types";
import { claimsReducer } from "./use-claims";
import { discussionReducer, type DiscussionState } from "./use-discussion";
import { isKnownChange } from "./known-change";

const permissions = { edit: true, delete: true, rate: true, resolve: false, cite: true, comment: true };

// Only the fields the page's state logic reads; the cast keeps the fixture from breaking each
// time the claim object gains a field the workspace does not use.
function claim(id: string, start: number | null, extra: Partial<ClaimView> = {}): ClaimView {
  return {
    id,
    documentId: "d1",
    selector: { exact: id, prefix: "", suffix: "", start, end: start === null ? null : start + 5 },
    claimText: id,
    claimant: null,
    status: "open",
    assigneeId: null,
    anchorStatus: start === null ? "orphaned" : "exact",
    anchorScore: start === null ? null : 1,
    verdicts: [],
    verdictsHidden: false,
    resolution: null,
    sources: [],
    commentCount: 0,
    permissions,
    createdBy: "u1",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    version: 1,
    ...extra,
  } as ClaimView;
}

function comment(id: string, version = 1, extra: Partial<CommentView> = {}): CommentView {
  return {
    id,
    claimId: "c1",
    parentId: null,
    userId: "u1",
    userName: "Ada",
    body: `comment ${id}`,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    version,
    permissions: { edit: true, delete: true },
    ...extra,
  };
}

describe("the claims of a document page", () => {
  it("add a new claim in reading order, orphaned claims last", () => {
    const list = [claim("a", 10), claim("orphan", null), claim("c", 50)];
    const next = claimsReducer(list, { type: "saved", claim: claim("b", 30) });
    expect(next.map((c) => c.id)).toEqual(["a", "b", "c", "orphan"]);
  });

  it("replace a claim the live stream brought first instead of listing it twice", () => {
    const list = claimsReducer([claim("a", 10)], { type: "saved", claim: claim("b", 30) });
    const next = claimsReducer(list, { type: "saved", claim: claim("b", 30, { commentCount: 2 }) });
    expect(next.map((c) => [c.id, c.commentCount])).toEqual([
      ["a", 0],
      ["b", 2],
    ]);
  });

  it("move claims to where a new revision put them, and list the orphaned apart", () => {
    const list = [claim("a", 10), claim("b", 30)];
    const next = claimsReducer(list, {
      type: "reanchored",
      anchors: [
        { id: "a", anchorStatus: "moved", anchorScore: 1, start: 40, end: 45 },
        { id: "b", anchorStatus: "orphaned", anchorScore: null, start: null, end: null },
      ],
    });
    expect(next.map((c) => [c.id, c.anchorStatus, c.selector.start])).toEqual([
      ["a", "moved", 40],
      ["b", "orphaned", null],
    ]);
  });

  it("take the page's claims when they arrive, keeping a claim marked before they did", () => {
    const marked = [claim("b", 30, { commentCount: 0 })];
    const next = claimsReducer(marked, {
      type: "arrived",
      claims: [claim("c", 50), claim("b", 30, { commentCount: 1 }), claim("a", 10)],
    });
    expect(next.map((c) => [c.id, c.commentCount])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
    const older = claimsReducer(marked, { type: "arrived", claims: [claim("a", 10)] });
    expect(older.map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("forget a deleted claim, and stay the same list when it was already gone", () => {
    const list = [claim("a", 10)];
    expect(claimsReducer(list, { type: "deleted", id: "a" })).toEqual([]);
    expect(claimsReducer(list, { type: "deleted", id: "zzz" })).toBe(list);
  });
});

describe("the open claim's discussion", () => {
  const loaded: DiscussionState = { claimId: "c1", comments: [comment("k1")], history: [] };
  const history = [
    {
      id: 9,
      actorName: "Ada",
      entityType: "comment",
      action: "created",
      summary: "Ada commented",
      createdAt: "2026-01-01T00:00:00.000Z",
    },
  ];

  it("takes a posted comment and the history from the one answer", () => {
    const next = discussionReducer(loaded, { type: "comment-saved", comment: comment("k2"), history });
    expect(next.comments.map((c) => c.id)).toEqual(["k1", "k2"]);
    expect(next.history).toEqual(history);
  });

  it("ignores an answer for a claim that is no longer open", () => {
    const next = discussionReducer(loaded, {
      type: "comment-saved",
      comment: comment("k2", 1, { claimId: "other" }),
      history,
    });
    expect(next).toBe(loaded);
  });

  it("never replaces a comment with an older version of it", () => {
    const edited = discussionReducer(loaded, {
      type: "comment-saved",
      comment: comment("k1", 3, { body: "new" }),
      history,
    });
    const late = discussionReducer(edited, {
      type: "comment-saved",
      comment: comment("k1", 2, { body: "older" }),
      history,
    });
    expect(late.comments[0]?.body).toBe("new");
  });
});

describe("a live event the page already shows", () => {
  const held = claim("c1", 10, {
    verdicts: [
      {
        userId: "u1",
        userName: "Ada",
        rating: "false",
        confidence: null,
        rationale: null,
        updatedAt: "2026-01-02T00:00:00.000Z",
      },
    ],
    sources: [
      {
        id: "s1",
        sourceId: "src1",
        url: "https://example.org",
        title: null,
        publisher: null,
        author: null,
        publishedAt: null,
        accessedAt: null,
        kind: "news-report",
        credibility: "undetermined",
        archivedUrl: null,
        stance: "supports",
        excerpt: null,
        citedBy: "u1",
        citedByName: "Ada",
        citedAt: "2026-01-02T00:00:00.000Z",
        version: 2,
      },
    ],
  });
  const discussion = { claimId: "c1", comments: [comment("k1", 2)] };

  it("is the echo of the page's own verdict, source or comment, and needs no reload", () => {
    expect(
      isKnownChange(
        "verdict.updated",
        { claimId: "c1", userId: "u1", updatedAt: "2026-01-02T00:00:00.000Z" },
        held,
        discussion,
      ),
    ).toBe(true);
    expect(isKnownChange("source.updated", { claimId: "c1", id: "s1", version: 2 }, held, discussion)).toBe(true);
    expect(isKnownChange("comment.created", { claimId: "c1", id: "k1", version: 1 }, held, discussion)).toBe(true);
    expect(isKnownChange("comment.deleted", { claimId: "c1", id: "gone" }, held, discussion)).toBe(true);
  });

  it("is not a newer change made elsewhere, which the page must load", () => {
    expect(
      isKnownChange(
        "verdict.updated",
        { claimId: "c1", userId: "u1", updatedAt: "2026-01-03T00:00:00.000Z" },
        held,
        discussion,
      ),
    ).toBe(false);
    expect(isKnownChange("source.updated", { claimId: "c1", id: "s1", version: 3 }, held, discussion)).toBe(false);
    expect(isKnownChange("comment.updated", { claimId: "c1", id: "k1", version: 3 }, held, discussion)).toBe(false);
    expect(isKnownChange("comment.created", { claimId: "c1", id: "k9", version: 1 }, held, discussion)).toBe(false);
    expect(isKnownChange("comment.deleted", { claimId: "c1", id: "k1" }, held, discussion)).toBe(false);
  });

  it("is unknown for a claim whose discussion is not held, or a claim the page lacks", () => {
    expect(
      isKnownChange("comment.created", { claimId: "c1", id: "k1", version: 1 }, held, { claimId: "c2", comments: [] }),
    ).toBe(false);
    expect(isKnownChange("verdict.created", { claimId: "c9", userId: "u1", updatedAt: "x" }, null, discussion)).toBe(
      false,
    );
  });
});
