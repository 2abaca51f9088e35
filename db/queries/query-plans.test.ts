import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getHandle } from "../client";
import * as schema from "../schema";
import { useTemporaryDatabase } from "../test-database";
import { searchClaimRows, type ClaimSearchFilters, type ClaimSearchOptions } from "./claim-search";
import {
  countQueueClaims,
  listClaimRowsAwaitingAdjudication,
  listClaimRowsByProjectId,
  listFlaggedClaimRows,
  listOpenAssignedClaimRows,
} from "./claims";
import { listEventsByProjectId } from "./events";
import { summarizeCommentsInScope } from "./comments";
import {
  countClaimsByAnchorStatus,
  countClaimsByDocument,
  countClaimsByStatus,
  countClaimsMarkedByDay,
  countClaimsMarkedByUser,
  countResolutionsByDocumentAndRating,
  countVerdictsByRating,
  countVerdictsByUser,
  listVerdictRatingsByProjectId,
} from "./stats";
import { listClaimSourcesInScope } from "./sources";
import { countRatingUsesByProjectId, listResolutionsInScope, listVerdictsInScope } from "./verdicts";

// The explorer's, the dashboard's and the gaps page's statements, each explained as SQLite would run it: none may read a whole
// table of claims, verdicts or citations (a project's claims are reached through its
// documents, related rows through their claim), and the filters use the indexes made for them.

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

type Statement = { sql: string; params: unknown[] };

/** Runs `fn` against a client that records every statement it sends. */
function recordStatements(fn: (q: ReturnType<typeof drizzle<typeof schema>>) => void): Statement[] {
  const statements: Statement[] = [];
  const q = drizzle(getHandle().sqlite, {
    schema,
    logger: { logQuery: (sql, params) => statements.push({ sql, params }) },
  });
  fn(q);
  return statements;
}

function plan(statement: Statement): string[] {
  const rows = getHandle()
    .sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`)
    .all(...statement.params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

const watched = ["claims", "verdicts", "claim_sources"];
const keywords = new Set(["where", "on", "inner", "left", "join", "group", "order", "limit", "using", "and", "set"]);

/** The names a statement gives the watched tables (the table itself and each alias). */
function watchedNames(sql: string): Set<string> {
  const names = new Set<string>();
  const pattern = new RegExp(`\\b(?:from|join)\\s+"?(${watched.join("|")})"?(?:\\s+(?:as\\s+)?"?(\\w+)"?)?`, "gi");
  for (const m of sql.matchAll(pattern)) {
    names.add(m[1]!.toLowerCase());
    if (m[2] && !keywords.has(m[2].toLowerCase())) names.add(m[2]);
  }
  return names;
}

/** Plan lines reading a whole claims, verdicts or claim_sources table without an index. */
function fullScans(statement: Statement): string[] {
  const names = watchedNames(statement.sql);
  return plan(statement).filter((line) => {
    const m = /^SCAN (\w+)/.exec(line);
    return m !== null && names.has(m[1]!) && !/USING (COVERING )?INDEX/.test(line);
  });
}

const visibility = { readerId: "reader", projectIds: ["p1", "p2", "p3"], seesAllIn: ["p1"], seesOnceRatedIn: ["p2"] };
const base: ClaimSearchOptions = {
  visibility,
  filters: {},
  text: null,
  sort: "marked",
  order: "desc",
  after: null,
  limit: 51,
};

const filterCases: [string, ClaimSearchFilters][] = [
  ["no filter", {}],
  ["document", { documentId: "d1" }],
  ["status", { status: "in-review" }],
  ["assignee", { assigneeId: "u1" }],
  ["anchor", { anchorStatus: "orphaned" }],
  ["has a source", { hasSource: true }],
  ["has no source", { hasSource: false }],
  ["marked between", { markedFrom: "2025-01-01", markedBefore: "2025-02-01" }],
  ["resolved rating", { resolvedRating: "false" }],
  ["verdict rating", { verdictRating: "mixed" }],
  ["reviewer", { reviewerId: "u2" }],
  [
    "every filter",
    {
      documentId: "d1",
      status: "open",
      assigneeId: "u1",
      anchorStatus: "exact",
      hasSource: true,
      markedFrom: "2025-01-01",
      markedBefore: "2025-02-01",
      resolvedRating: "true",
      verdictRating: "false",
      reviewerId: "u2",
    },
  ],
];

const sortCases: [string, Partial<ClaimSearchOptions>][] = [
  ["newest first", {}],
  ["oldest first, after a cursor", { order: "asc", after: ["2025-01-01T00:00:00.000Z", "c1"] }],
  ["by document", { sort: "document", order: "asc", after: ["Title", "d1", 12, "c1"] }],
  ["by status", { sort: "status", order: "desc", after: [1, "2025-01-01T00:00:00.000Z", "c1"] }],
  ["by resolved rating", { sort: "rating", order: "asc", after: [2, "2025-01-01T00:00:00.000Z", "c1"] }],
  ["one word, by relevance", { text: "treaty", sort: "relevance", order: "asc" }],
  [
    "two words, by relevance, after a cursor",
    { text: "treaty missile*", sort: "relevance", order: "asc", after: [-1.5, "c1"] },
  ],
  ["a phrase, by document", { text: '"no definitive evidence"', sort: "document", order: "asc" }],
];

describe("the explorer's query plans", () => {
  it.each(filterCases)("filtering by %s reads no whole table of claims, verdicts or citations", (_name, filters) => {
    const statements = recordStatements((q) => searchClaimRows(q, { ...base, filters }));
    expect(statements).toHaveLength(1);
    expect(fullScans(statements[0]!)).toEqual([]);
  });

  it.each(sortCases)("sorting %s reads no whole table of claims, verdicts or citations", (_name, options) => {
    const statements = recordStatements((q) => searchClaimRows(q, { ...base, ...options }));
    expect(statements).toHaveLength(1);
    expect(fullScans(statements[0]!)).toEqual([]);
  });

  it("the filters on status, anchor and marked date use their indexes", () => {
    const uses = (filters: ClaimSearchFilters) =>
      plan(recordStatements((q) => searchClaimRows(q, { ...base, filters }))[0]!).join("\n");
    expect(uses({ status: "open" })).toContain("claims_document_id_status_idx");
    expect(uses({ anchorStatus: "orphaned" })).toContain("claims_document_id_anchor_status_idx");
    expect(uses({ markedFrom: "2025-01-01", markedBefore: "2025-02-01" })).toContain(
      "claims_document_id_created_at_idx",
    );
  });

  it("the claim objects of a page are read through their claims' ids", () => {
    const scope = { claimIds: ["c1", "c2", "c3"] };
    const statements = recordStatements((q) => {
      listVerdictsInScope(q, scope);
      listResolutionsInScope(q, scope);
      listClaimSourcesInScope(q, scope);
      summarizeCommentsInScope(q, scope);
    });
    expect(statements).toHaveLength(4);
    for (const statement of statements) expect(fullScans(statement), statement.sql).toEqual([]);
  });

  it("the check itself catches a full scan", () => {
    expect(fullScans({ sql: `select * from "claims" where "claims"."claimant" = ?`, params: ["x"] })).toEqual([
      "SCAN claims",
    ]);
    expect(fullScans({ sql: `select * from verdicts vr where vr.rationale = ?`, params: ["x"] })).toEqual(["SCAN vr"]);
  });
});

describe("the dashboard's and the gaps page's query plans", () => {
  const projectId = "p1";
  const windows = { last7Days: "2025-01-01", last30Days: "2024-12-08" };
  const scopes = [{ kind: "all" }, { kind: "rated-by", userId: "u1" }] as const;

  it("every dashboard figure is counted without reading a whole table of claims, verdicts or citations", () => {
    const statements = recordStatements((q) => {
      countClaimsByDocument(q, { projectId });
      countClaimsByStatus(q, { projectId });
      countClaimsByAnchorStatus(q, { projectId });
      for (const ratingScope of scopes) {
        countVerdictsByRating(q, { projectId, ratingScope });
        countResolutionsByDocumentAndRating(q, { projectId, ratingScope });
        listVerdictRatingsByProjectId(q, { projectId, ratingScope });
      }
      countClaimsMarkedByUser(q, { projectId, windows });
      countVerdictsByUser(q, { projectId, windows });
      countClaimsMarkedByDay(q, { projectId, from: "2024-10-01" });
    });
    expect(statements.length).toBeGreaterThanOrEqual(12);
    for (const statement of statements) expect(fullScans(statement), statement.sql).toEqual([]);
  });

  it("the gaps of a project are read through its documents, and their rows through the claims", () => {
    const scope = { projectId };
    const statements = recordStatements((q) => {
      listClaimRowsByProjectId(q, { projectId });
      listVerdictsInScope(q, scope);
      listResolutionsInScope(q, scope);
      listClaimSourcesInScope(q, scope);
      summarizeCommentsInScope(q, scope);
    });
    expect(statements).toHaveLength(5);
    for (const statement of statements) expect(fullScans(statement), statement.sql).toEqual([]);
  });
});

describe("the workflow's statements", () => {
  it("my queue, the adjudication list, a rating's uses and the activity read no whole table of claims, verdicts or citations", () => {
    const statements = recordStatements((q) => {
      listOpenAssignedClaimRows(q, { userId: "u1" });
      listFlaggedClaimRows(q, { projectIds: ["p1", "p2"] });
      countQueueClaims(q, { userId: "u1", flaggedInProjectIds: ["p1"] });
      listClaimRowsAwaitingAdjudication(q, { projectId: "p1" });
      countRatingUsesByProjectId(q, { projectId: "p1", ratings: ["false", "mixed"] });
      listEventsByProjectId(q, { projectId: "p1", beforeId: 100, actorId: "u1", limit: 51 });
    });
    expect(statements).toHaveLength(8);
    for (const statement of statements) expect(fullScans(statement), statement.sql).toEqual([]);
  });

  it("a person's assignments are found through their index", () => {
    const [statement] = recordStatements((q) => listOpenAssignedClaimRows(q, { userId: "u1" }));
    expect(plan(statement!).join("\n")).toMatch(/claims_assignee_id/);
  });
});
