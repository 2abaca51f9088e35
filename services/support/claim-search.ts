import "server-only";
import { z } from "zod";
import { can, canSeeProject } from "@/lib/auth/policy";
import type { ClaimSearchHit, ClaimSearchResult } from "@/lib/claims/search";
import { decodeSearchCursor, encodeSearchCursor, type SortKey } from "@/lib/claims/search-cursor";
import { AppError } from "@/lib/errors";
import { findRating } from "@/lib/ratings";
import {
  claimSearchSchema,
  DEFAULT_SEARCH_LIMIT,
  type ClaimSearchInput,
  type ClaimSearchParams,
  type ClaimSort,
  type SortOrder,
} from "@/lib/validation/claim-search";
import {
  claimSortKeyLength,
  searchClaimRows,
  type ClaimSearchRow,
  type ReaderVisibility,
} from "@/db/queries/claim-search";
import { listProjectRowsForUser } from "@/db/queries/projects";
import type { Executor } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import type { ProjectAccess } from "./authorize-project";
import { buildClaimViews } from "./claim-views";

/** The explorer's query, validated; 422 with the fields at fault otherwise. */
export function parseClaimSearch(input: ClaimSearchInput): ClaimSearchParams {
  const parsed = claimSearchSchema.safeParse(input);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    throw new AppError("invalid", "Some search parameters are not valid.", { fields });
  }
  return parsed.data;
}

/** Every project the actor may read (an admin: every project), with their role in it. */
export function readableProjects(q: Executor, actor: SessionActor): ProjectAccess[] {
  const isAdmin = can(actor, "project:list-all", { kind: "instance" });
  return listProjectRowsForUser(q, { userId: actor.userId, isAdmin })
    .filter(({ role }) => canSeeProject(actor, role))
    .map(({ project, role }) => ({ actor, role, project }));
}

/**
 * The policy's `verdicts:see-others` answered for each project, for the query to apply per
 * claim: its object is the reader's role, the project's blind-review setting and whether the
 * reader has rated the claim, so two answers per project say everything.
 */
function readerVisibility(actor: SessionActor, accesses: ProjectAccess[]): ReaderVisibility {
  const seesAllIn: string[] = [];
  const seesOnceRatedIn: string[] = [];
  for (const { role, project } of accesses) {
    const others = (hasOwnVerdict: boolean) =>
      ({ kind: "verdicts", role, isBlindReview: project.isBlindReview, hasOwnVerdict }) as const;
    if (can(actor, "verdicts:see-others", others(false))) seesAllIn.push(project.id);
    else if (can(actor, "verdicts:see-others", others(true))) seesOnceRatedIn.push(project.id);
  }
  return { readerId: actor.userId, projectIds: accesses.map((a) => a.project.id), seesAllIn, seesOnceRatedIn };
}

/** The sort and order applied: best match first with a search, else newest first, unless asked. */
export function effectiveSort(params: Pick<ClaimSearchParams, "q" | "sort" | "order">): {
  sort: ClaimSort;
  order: SortOrder;
} {
  const hasText = params.q !== undefined;
  const sort: ClaimSort =
    params.sort === undefined || (params.sort === "relevance" && !hasText)
      ? hasText
        ? "relevance"
        : "marked"
      : params.sort;
  // Relevance has one direction, best first; `order` applies to the columns.
  const order: SortOrder = sort === "relevance" ? "asc" : (params.order ?? (sort === "marked" ? "desc" : "asc"));
  return { sort, order };
}

function invalid(field: string, message: string): AppError {
  return new AppError("invalid", "Some search parameters are not valid.", { fields: { [field]: [message] } });
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * One page of the explorer over `accesses` (projects the actor may read), each claim as the
 * actor may see it. The gap filter is worked out from those claim objects, so it reads only
 * what the reader sees; the query is then read in batches until the page is full.
 */
export function runClaimSearch(
  q: Executor,
  actor: SessionActor,
  accesses: ProjectAccess[],
  params: ClaimSearchParams,
): ClaimSearchResult {
  const { sort, order } = effectiveSort(params);
  const limit = params.limit ?? DEFAULT_SEARCH_LIMIT;
  let after: SortKey | null = null;
  if (params.cursor !== undefined) {
    after = decodeSearchCursor(params.cursor, { sort, order, keyLength: claimSortKeyLength[sort] });
    if (after === null) throw invalid("cursor", "is not a cursor of this listing: start again from the first page");
  }
  if (accesses.length === 1) {
    const scale = accesses[0]!.project.ratingScale;
    if (params.rating !== undefined && !findRating(scale, params.rating))
      throw invalid("rating", "is not a rating of this project");
    if (params.verdictRating !== undefined && !findRating(scale, params.verdictRating))
      throw invalid("verdictRating", "is not a rating of this project");
  }
  if (accesses.length === 0) return { claims: [], nextCursor: null };

  const visibility = readerVisibility(actor, accesses);
  const filters = {
    documentId: params.documentId,
    status: params.status,
    assigneeId: params.assignee,
    anchorStatus: params.anchor,
    hasSource: params.hasSource,
    markedFrom: params.from,
    markedBefore: params.to === undefined ? undefined : nextDay(params.to),
    resolvedRating: params.rating,
    verdictRating: params.verdictRating,
    reviewerId: params.reviewer,
  };
  const byProject = new Map(accesses.map((a) => [a.project.id, a]));
  const batch = params.gap === undefined ? limit + 1 : Math.max(limit + 1, 100);
  const hits: { hit: ClaimSearchHit; key: SortKey }[] = [];
  for (;;) {
    const rows = searchClaimRows(q, { visibility, filters, text: params.q ?? null, sort, order, after, limit: batch });
    for (const found of hitsOf(q, rows, byProject)) {
      if (params.gap !== undefined && !found.hit.gaps.some((g) => g.kind === params.gap)) continue;
      hits.push(found);
      if (hits.length > limit) break;
    }
    const last = rows[rows.length - 1];
    if (hits.length > limit || rows.length < batch || !last) break;
    after = last.key;
  }
  const page = hits.slice(0, limit);
  const lastOfPage = page[page.length - 1];
  return {
    claims: page.map((h) => h.hit),
    nextCursor: hits.length > limit && lastOfPage ? encodeSearchCursor(sort, order, lastOfPage.key) : null,
  };
}

/** The rows' claim objects, built per project with the reader's access there, in the rows' order. */
function hitsOf(
  q: Executor,
  rows: ClaimSearchRow[],
  byProject: Map<string, ProjectAccess>,
): { hit: ClaimSearchHit; key: SortKey }[] {
  const views = new Map<string, ClaimSearchHit>();
  for (const [projectId, access] of byProject) {
    const ofProject = rows.filter((r) => r.projectId === projectId);
    if (ofProject.length === 0) continue;
    const claimRows = ofProject.map((r) => r.claim);
    const built = buildClaimViews(q, claimRows, { claimIds: claimRows.map((c) => c.id) }, access);
    built.forEach((view, i) => {
      const row = ofProject[i]!;
      views.set(view.id, {
        ...view,
        documentTitle: row.documentTitle,
        projectId,
        ...(row.snippet !== null ? { snippet: row.snippet } : {}),
      });
    });
  }
  return rows.flatMap((row) => {
    const hit = views.get(row.claim.id);
    return hit ? [{ hit, key: row.key }] : [];
  });
}
