import { describe, expect, it } from "vitest";
import { defaultRatingScale } from "../ratings";
import { canonicalText, docFromPlainText } from "../text/canonical-text";
import {
  buildProjectJson,
  PROJECT_JSON_FORMAT,
  threadOrder,
  type ProjectJsonDocumentRows,
  type ProjectJsonInput,
} from "./project-json";

const content = docFromPlainText("Russia 🇷🇺 and Iran signed a treaty.\n\nThere’s as yet no definitive evidence.");
const text = canonicalText(content);
const T = "2025-01-20T09:00:00.000Z";

function claimRow(
  id: string,
  exact: string,
  overrides: Partial<ProjectJsonDocumentRows["claims"][number]> = {},
): ProjectJsonDocumentRows["claims"][number] {
  const at = Array.from(text.slice(0, text.indexOf(exact))).length;
  return {
    id,
    exact,
    prefix: "",
    suffix: "",
    start: at,
    end: at + Array.from(exact).length,
    anchorStatus: "exact",
    anchorScore: 1,
    claimText: exact,
    claimant: null,
    status: "open",
    assigneeId: null,
    tags: [],
    importedFrom: null,
    createdBy: "u1",
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

function input(rows: Partial<ProjectJsonDocumentRows> = {}): ProjectJsonInput {
  return {
    scope: "document",
    exportedAt: "2025-02-01T00:00:00.000Z",
    project: {
      id: "p1",
      name: "Treaty watch",
      organization: null,
      ratingScale: defaultRatingScale,
      isBlindReview: true,
      createdAt: T,
    },
    people: [{ id: "u1", name: "Rita", email: "rita@example.org", role: "reviewer" }],
    sources: [],
    documents: [
      {
        document: {
          id: "d1",
          title: "Treaty",
          sourceUrl: null,
          publisher: null,
          author: null,
          publishedAt: null,
          language: "en",
          createdBy: "u1",
          createdAt: T,
          updatedAt: T,
        },
        revision: { number: 3, text, content, createdAt: T },
        claims: [],
        verdicts: [],
        verdictHistory: [],
        resolutions: [],
        citations: [],
        comments: [],
        withheldClaimIds: new Set(),
        ...rows,
      },
    ],
  };
}

describe("the claimdesk/1 JSON export", () => {
  it("is versioned, and carries the revision's text and content with claims in text order, orphans last", () => {
    const json = buildProjectJson(
      input({
        claims: [
          claimRow("late", "no definitive evidence"),
          claimRow("orphan", "gone words", { start: null, end: null, anchorStatus: "orphaned", anchorScore: null }),
          claimRow("early", "signed a treaty"),
        ],
      }),
    );
    expect(json.format).toBe(PROJECT_JSON_FORMAT);
    expect(Object.keys(json)).toEqual(["format", "exportedAt", "scope", "project", "people", "sources", "documents"]);
    const [doc] = json.documents;
    expect(doc?.revision).toEqual({ number: 3, text, content, createdAt: T });
    expect(doc?.claims.map((c) => c.id)).toEqual(["early", "late", "orphan"]);
    // The flag is two code points before the claim but four UTF-16 units.
    expect(doc?.claims[0]?.selector).toEqual({ exact: "signed a treaty", prefix: "", suffix: "", start: 19, end: 34 });
  });

  it("gives each verdict its history, oldest first, and marks what blind review withheld", () => {
    const json = buildProjectJson(
      input({
        claims: [claimRow("c1", "signed a treaty")],
        verdicts: [
          {
            id: "v1",
            claimId: "c1",
            userId: "u1",
            rating: "true",
            confidence: "high",
            rationale: "Now sure.",
            createdAt: T,
            updatedAt: "2025-01-21T00:00:00.000Z",
          },
        ],
        verdictHistory: [
          {
            verdictId: "v1",
            version: 2,
            rating: "true",
            confidence: "high",
            rationale: "Now sure.",
            createdAt: "2025-01-21T00:00:00.000Z",
          },
          { verdictId: "v1", version: 1, rating: "unproven", confidence: null, rationale: null, createdAt: T },
        ],
        withheldClaimIds: new Set(["c1"]),
      }),
    );
    const claim = json.documents[0]?.claims[0];
    expect(claim?.verdictsWithheld).toBe(true);
    expect(claim?.verdicts[0]?.history.map((h) => h.rating)).toEqual(["unproven", "true"]);
    expect(claim?.verdicts[0]).not.toHaveProperty("claimId");
  });

  it("keeps threads: a reply to a deleted comment goes to the nearest live comment above it", () => {
    const comment = (id: string, parentId: string | null, createdAt: string, deletedAt: string | null = null) => ({
      id,
      claimId: "c1",
      parentId,
      userId: "u1",
      body: id,
      importedFrom: null,
      createdAt,
      updatedAt: createdAt,
      deletedAt,
    });
    const json = buildProjectJson(
      input({
        claims: [claimRow("c1", "signed a treaty")],
        comments: [
          comment("reply-to-gone", "gone", "2025-01-20T12:00:00.000Z"),
          comment("root", null, "2025-01-20T10:00:00.000Z"),
          comment("gone", "root", "2025-01-20T11:00:00.000Z", "2025-01-22T00:00:00.000Z"),
          comment("orphan-reply", "lost", "2025-01-20T13:00:00.000Z"),
        ],
      }),
    );
    expect(json.documents[0]?.claims[0]?.comments.map((c) => [c.id, c.parentId])).toEqual([
      ["root", null],
      ["reply-to-gone", "root"],
      ["orphan-reply", null],
    ]);
  });

  it("puts a reply after the comment it answers even when both were written in the same millisecond", () => {
    const at = "2025-01-20T10:00:00.000Z";
    const json = buildProjectJson(
      input({
        claims: [claimRow("c1", "signed a treaty")],
        comments: [
          {
            id: "b-parent",
            claimId: "c1",
            parentId: null,
            userId: "u1",
            body: "note",
            importedFrom: "hypothesis:1",
            createdAt: at,
            updatedAt: at,
            deletedAt: null,
          },
          {
            id: "a-reply",
            claimId: "c1",
            parentId: "b-parent",
            userId: "u1",
            body: "reply",
            importedFrom: "hypothesis:2",
            createdAt: at,
            updatedAt: at,
            deletedAt: null,
          },
        ],
      }),
    );
    expect(json.documents[0]?.claims[0]?.comments.map((c) => c.id)).toEqual(["b-parent", "a-reply"]);
  });
});

describe("threadOrder", () => {
  it("keeps the order given but puts replies after their parents, and sets aside cycles and strays", () => {
    const c = (id: string, parentId: string | null) => ({ id, parentId });
    const { ordered, orphans } = threadOrder([
      c("r2", "r1"),
      c("root", null),
      c("r1", "root"),
      c("x", "y"),
      c("y", "x"),
      c("stray", "gone"),
    ]);
    expect(ordered.map((x) => x.id)).toEqual(["root", "r1", "r2"]);
    expect(orphans.map((x) => x.id)).toEqual(["x", "y", "stray"]);
  });
});
