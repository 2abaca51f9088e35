import "server-only";
import { and, asc, desc, eq, gte, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { AnchorStatus } from "@/lib/anchoring/types";
import { SNIPPET_MATCH_END, SNIPPET_MATCH_START } from "@/lib/claims/search";
import type { SortKey } from "@/lib/claims/search-cursor";
import { claimStatuses, type ClaimStatus } from "@/lib/claims/types";
import type { ClaimSort, SortOrder } from "@/lib/validation/claim-search";
import { claims, documents, projects, type Claim } from "../schema";
import { ftsTerms } from "../fts-terms";
import type { Executor } from "./transaction";

// The full-text index (`claim_search`, over `claim_search_rows`) is made and kept in step by
// triggers in migration 0001_claim_search.sql: one row per claim for its own fields, one per
// reviewer's rationale (tagged with the reviewer), one for the resolution's rationale. New
// claims are the exception (migration 0009): they wait in `claim_search_pending` until
// `indexPendingClaims` puts them in, in batches.

/** Whether some new claims wait to be put in the full-text index. */
export function hasPendingClaimSearch(q: Executor): boolean {
  return q.get<{ one: number } | undefined>(sql`select 1 as one from claim_search_pending limit 1`) !== undefined;
}

/**
 * Puts the new claims waiting in `claim_search_pending` in the full-text index, all at once (one
 * segment of the index for the batch, where a claim at a time writes one each), and empties the
 * queue. A claim whose row a later change already made (a comment, a citation, an edit) has it
 * made again from its current state; a claim deleted meanwhile gets none. Returns how many
 * claims were indexed. To run in a write transaction.
 */
export function indexPendingClaims(q: Executor): number {
  const pending = sql`(select claim_id from claim_search_pending)`;
  q.run(sql`delete from claim_search_rows where kind = 'claim' and claim_id in ${pending}`);
  const { changes } = q.run(
    sql`insert into claim_search_rows (claim_id, kind, user_id, wording, quote, claimant, comments, sources, rationale)
      select * from claim_search_claim_rows where claim_id in ${pending}`,
  );
  q.run(sql`delete from claim_search_pending`);
  return changes;
}

/**
 * Whose ratings a reader may see, per project, as the policy (`verdicts:see-others`) answers
 * it: every rating in `seesAllIn`, the others' ratings of a claim once they have rated it in
 * `seesOnceRatedIn`, and only their own in the other projects of `projectIds`.
 */
export type ReaderVisibility = {
  readerId: string;
  /** Every project searched. */
  projectIds: string[];
  seesAllIn: string[];
  seesOnceRatedIn: string[];
};

export type ClaimSearchFilters = {
  documentId?: string;
  status?: ClaimStatus;
  assigneeId?: string;
  anchorStatus?: AnchorStatus;
  /** Cited by at least one source (true) or by none (false). */
  hasSource?: boolean;
  /** Marked on or after this ISO date (YYYY-MM-DD, UTC). */
  markedFrom?: string;
  /** Marked before this ISO date (YYYY-MM-DD, UTC). */
  markedBefore?: string;
  /** Resolved with this rating, where the reader may see the resolution. */
  resolvedRating?: string;
  /** Rated this way by a reviewer whose verdict the reader may see. */
  verdictRating?: string;
  /** Rated by this user, where the reader may see that verdict. */
  reviewerId?: string;
};

export type ClaimSearchRow = {
  claim: Claim;
  projectId: string;
  documentTitle: string;
  /** With a search: the best passage the reader may see, matches between the snippet markers. */
  snippet: string | null;
  /** The row's sort key, its claim id last: what a cursor after this row carries. */
  key: SortKey;
};

/** How many values the sort key of each sort has (the claim id included). */
export const claimSortKeyLength: Record<ClaimSort, number> = {
  relevance: 2,
  marked: 2,
  document: 4,
  status: 3,
  rating: 3,
};

/** A parenthesised list for `in`; `(null)`, which matches nothing, when empty. */
function idList(ids: string[]): SQL {
  if (ids.length === 0) return sql`(null)`;
  return sql`(${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )})`;
}

/** The others' verdicts and the resolution of claim `claimId` (in project `projectId`) are visible to the reader. */
function othersVisible(v: ReaderVisibility, claimId: SQL | SQLiteColumn, projectId: SQL | SQLiteColumn): SQL {
  return sql`(${projectId} in ${idList(v.seesAllIn)} or (${projectId} in ${idList(v.seesOnceRatedIn)} and exists (select 1 from verdicts own where own.claim_id = ${claimId} and own.user_id = ${v.readerId})))`;
}

// Column weights for bm25, in the index's column order: wording, quote, claimant, comments,
// source titles, rationale. Words of the claim itself count most.
const BM25 = sql.raw("bm25(claim_search, 4.0, 3.0, 2.0, 1.0, 1.5, 2.0)");

/**
 * The index rows matching `expression` that the reader may see, by claim: the claim's own row,
 * the reader's own verdict, and the others' verdicts and resolution where visible. Filtering
 * rows (not claims) is what keeps a hidden rationale from matching or showing in a snippet.
 */
function visibleMatches(v: ReaderVisibility, expression: string, withRank: boolean): SQL {
  const ranked = withRank
    ? sql`, ${BM25} as rank, snippet(claim_search, -1, ${SNIPPET_MATCH_START}, ${SNIPPET_MATCH_END}, '…', 24) as snippet`
    : sql``;
  return sql`select r.claim_id as claim_id${ranked}
    from claim_search
    join claim_search_rows r on r.id = claim_search.rowid
    join claims mc on mc.id = r.claim_id
    join documents md on md.id = mc.document_id
    where claim_search match ${expression}
      and md.project_id in ${idList(v.projectIds)}
      and (r.kind = 'claim' or (r.kind = 'verdict' and r.user_id = ${v.readerId}) or ${othersVisible(v, sql`mc.id`, sql`md.project_id`)})`;
}

/**
 * Per claim with every term in some row the reader may see: its best bm25 rank (lower is
 * better) and the snippet of its best row. bm25() and snippet() only work while FTS5 scans, so
 * the matches are materialized before they are grouped.
 */
function bestMatches(v: ReaderVisibility, terms: string[]): SQL {
  const everyTerm =
    terms.length > 1
      ? terms.map((_term, i) => sql`and claim_id in (select claim_id from ${sql.raw(`term_${i}`)})`)
      : [];
  const termTables =
    terms.length > 1
      ? terms.map((term, i) => sql`, ${sql.raw(`term_${i}`)} as materialized (${visibleMatches(v, term, false)})`)
      : [];
  return sql`(with matches as materialized (${visibleMatches(v, terms.join(" OR "), true)})${sql.join(termTables, sql``)}
    select claim_id, min(rank) as rank, snippet from matches where 1 ${sql.join(everyTerm, sql` `)} group by claim_id) as best`;
}

export type ClaimSearchOptions = {
  visibility: ReaderVisibility;
  filters: ClaimSearchFilters;
  /** What the person typed; null for no full-text search. */
  text: string | null;
  sort: ClaimSort;
  order: SortOrder;
  after: SortKey | null;
  limit: number;
};

/**
 * One page of the explorer: the live claims of the reader's projects that pass `filters` (and,
 * with `text`, match every term of it somewhere the reader may see), in `sort` order after the
 * key `after`. Ratings withheld from the reader by blind review neither pass nor fail a rating
 * or reviewer filter, nor sort: a claim whose resolution is hidden sorts as unresolved.
 */
export function searchClaimRows(q: Executor, options: ClaimSearchOptions): ClaimSearchRow[] {
  const statement = claimSearchStatement(q, options);
  if (statement === null) return [];
  return statement.query.all().map((row) => ({
    claim: row.claim,
    projectId: row.projectId,
    documentTitle: row.documentTitle,
    snippet: row.snippet,
    key: [row.key0, row.key1, row.key2, row.key3].slice(0, statement.keyLength) as SortKey,
  }));
}

/** The statement `searchClaimRows` runs; null when the text has no word to search. */
function claimSearchStatement(q: Executor, options: ClaimSearchOptions) {
  const { visibility: v, filters: f } = options;
  const terms = options.text === null ? null : ftsTerms(options.text);
  if (terms !== null && terms.length === 0) return null;
  if (options.sort === "relevance" && terms === null) throw new Error("searchClaimRows: relevance needs a search text");

  const visibleOthers = othersVisible(v, claims.id, documents.projectId);
  const statusOrdinal = sql`(case ${claims.status} ${sql.join(
    claimStatuses.map((s, i) => sql`when ${s} then ${i}`),
    sql` `,
  )} else ${claimStatuses.length} end)`;
  // A resolution's place on its project's scale (best first); a rating no longer on the scale
  // after the resolved ones, then the claims without a resolution the reader may see.
  const ratingPosition = sql`coalesce(case when ${visibleOthers} then (select coalesce((select cast(j.key as integer) from json_each(${projects.ratingScale}) j where json_extract(j.value, '$.key') = res.rating), 999) from resolutions res where res.claim_id = ${claims.id}) end, 1000)`;
  const keys: Record<ClaimSort, (SQL | SQLiteColumn)[]> = {
    relevance: [sql`best.rank`, claims.id],
    marked: [claims.createdAt, claims.id],
    document: [documents.title, documents.id, sql`coalesce(${claims.start}, 9007199254740991)`, claims.id],
    status: [statusOrdinal, claims.createdAt, claims.id],
    rating: [ratingPosition, claims.createdAt, claims.id],
  };
  const key = keys[options.sort];
  const after = options.after;
  if (after !== null && after.length !== key.length)
    throw new Error("searchClaimRows: the cursor's key does not fit the sort");
  const keyset =
    after === null
      ? undefined
      : sql`(${sql.join(key, sql`, `)}) ${sql.raw(options.order === "asc" ? ">" : "<")} (${sql.join(
          after.map((value) => sql`${value}`),
          sql`, `,
        )})`;

  const conditions: (SQL | undefined)[] = [
    sql`${documents.projectId} in ${idList(v.projectIds)}`,
    isNull(claims.deletedAt),
    f.documentId !== undefined ? eq(claims.documentId, f.documentId) : undefined,
    f.status !== undefined ? eq(claims.status, f.status) : undefined,
    f.assigneeId !== undefined ? eq(claims.assigneeId, f.assigneeId) : undefined,
    f.anchorStatus !== undefined ? eq(claims.anchorStatus, f.anchorStatus) : undefined,
    f.hasSource === undefined
      ? undefined
      : sql`${sql.raw(f.hasSource ? "exists" : "not exists")} (select 1 from claim_sources cs where cs.claim_id = ${claims.id})`,
    f.markedFrom !== undefined ? gte(claims.createdAt, f.markedFrom) : undefined,
    f.markedBefore !== undefined ? lt(claims.createdAt, f.markedBefore) : undefined,
    f.resolvedRating !== undefined
      ? sql`exists (select 1 from resolutions res where res.claim_id = ${claims.id} and res.rating = ${f.resolvedRating}) and ${visibleOthers}`
      : undefined,
    f.verdictRating !== undefined
      ? sql`exists (select 1 from verdicts vr where vr.claim_id = ${claims.id} and vr.rating = ${f.verdictRating} and (vr.user_id = ${v.readerId} or ${visibleOthers}))`
      : undefined,
    f.reviewerId !== undefined
      ? sql`exists (select 1 from verdicts vu where vu.claim_id = ${claims.id} and vu.user_id = ${f.reviewerId} and (vu.user_id = ${v.readerId} or ${visibleOthers}))`
      : undefined,
    keyset,
  ];

  const nullKey = sql<null>`null`;
  const base = q
    .select({
      claim: claims,
      projectId: documents.projectId,
      documentTitle: documents.title,
      snippet: terms === null ? sql<string | null>`null` : sql<string | null>`best.snippet`,
      key0: sql<string | number>`${key[0] ?? nullKey}`,
      key1: sql<string | number>`${key[1] ?? nullKey}`,
      key2: sql<string | number | null>`${key[2] ?? nullKey}`,
      key3: sql<string | number | null>`${key[3] ?? nullKey}`,
    })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .innerJoin(projects, eq(projects.id, documents.projectId));
  const joined = terms === null ? base : base.innerJoin(bestMatches(v, terms), sql`best.claim_id = ${claims.id}`);
  const query = joined
    .where(and(...conditions))
    .orderBy(...key.map((k) => (options.order === "asc" ? asc(k) : desc(k))))
    .limit(options.limit);
  return { query, keyLength: key.length };
}
