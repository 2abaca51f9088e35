import "server-only";
import { and, asc, desc, eq, gte, isNull, sql, type SQL } from "drizzle-orm";
import { claims, documents, resolutions, users, verdicts } from "../schema";
import type { AnchorStatus } from "@/lib/anchoring/types";
import type { ClaimStatus } from "@/lib/claims/types";
import type { Executor } from "./transaction";

// The project's figures, counted by the database (GROUP BY over the project's live claims), so
// that a dashboard costs a handful of queries whatever the number of claims.

/**
 * Whose ratings a reader may count: every claim's, only those of the claims `userId` has rated
 * (a reviewer under blind review), or none.
 */
export type RatingScope = { kind: "all" } | { kind: "rated-by"; userId: string } | { kind: "none" };

/** The claims a rating scope lets through, as a condition on a claim id column. */
function inRatingScope(scope: RatingScope, claimId: typeof claims.id): SQL | undefined {
  if (scope.kind === "all") return undefined;
  if (scope.kind === "none") return sql`0`;
  return sql`exists (select 1 from verdicts own where own.claim_id = ${claimId} and own.user_id = ${scope.userId})`;
}

/** Live claims of the project's documents (joined with `documents` by the caller). */
function liveClaimsOf(projectId: string): SQL | undefined {
  return and(eq(documents.projectId, projectId), isNull(claims.deletedAt));
}

/** The grouped rows whose `column` falls on or after the UTC day `day`. */
function countSince(column: typeof claims.createdAt | typeof verdicts.updatedAt, day: string): SQL<number> {
  return sql<number>`coalesce(sum(case when ${column} >= ${day} then 1 else 0 end), 0)`;
}

export type DocumentClaimCount = { documentId: string; title: string; claims: number };

/** Every document of the project, newest first, with its live claims counted. */
export function countClaimsByDocument(q: Executor, options: { projectId: string }): DocumentClaimCount[] {
  return q
    .select({ documentId: documents.id, title: documents.title, claims: sql<number>`count(${claims.id})` })
    .from(documents)
    .leftJoin(claims, and(eq(claims.documentId, documents.id), isNull(claims.deletedAt)))
    .where(eq(documents.projectId, options.projectId))
    .groupBy(documents.id)
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .all();
}

export function countClaimsByStatus(q: Executor, options: { projectId: string }): { status: ClaimStatus; n: number }[] {
  return q
    .select({ status: claims.status, n: sql<number>`count(*)` })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(liveClaimsOf(options.projectId))
    .groupBy(claims.status)
    .all();
}

export function countClaimsByAnchorStatus(
  q: Executor,
  options: { projectId: string },
): { anchorStatus: AnchorStatus; n: number }[] {
  return q
    .select({ anchorStatus: claims.anchorStatus, n: sql<number>`count(*)` })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(liveClaimsOf(options.projectId))
    .groupBy(claims.anchorStatus)
    .all();
}

/** Current verdicts by rating in the scope: how many, and on how many claims. */
export function countVerdictsByRating(
  q: Executor,
  options: { projectId: string; ratingScope: RatingScope },
): { rating: string; verdicts: number; claims: number }[] {
  return q
    .select({
      rating: verdicts.rating,
      verdicts: sql<number>`count(*)`,
      claims: sql<number>`count(distinct ${verdicts.claimId})`,
    })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(and(liveClaimsOf(options.projectId), inRatingScope(options.ratingScope, claims.id)))
    .groupBy(verdicts.rating)
    .all();
}

/** Resolved claims in the scope by document and resolved rating. */
export function countResolutionsByDocumentAndRating(
  q: Executor,
  options: { projectId: string; ratingScope: RatingScope },
): { documentId: string; rating: string; n: number }[] {
  return q
    .select({ documentId: claims.documentId, rating: resolutions.rating, n: sql<number>`count(*)` })
    .from(resolutions)
    .innerJoin(claims, eq(claims.id, resolutions.claimId))
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(and(liveClaimsOf(options.projectId), inRatingScope(options.ratingScope, claims.id)))
    .groupBy(claims.documentId, resolutions.rating)
    .all();
}

export type VerdictRating = { claimId: string; documentId: string; userId: string; userName: string; rating: string };

/**
 * Every current verdict in the scope, one row each: agreement compares reviewers claim by claim,
 * which a GROUP BY cannot do, so its input is read in this one query (never one per claim).
 */
export function listVerdictRatingsByProjectId(
  q: Executor,
  options: { projectId: string; ratingScope: RatingScope },
): VerdictRating[] {
  return q
    .select({
      claimId: verdicts.claimId,
      documentId: claims.documentId,
      userId: verdicts.userId,
      userName: users.name,
      rating: verdicts.rating,
    })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .innerJoin(users, eq(users.id, verdicts.userId))
    .where(and(liveClaimsOf(options.projectId), inRatingScope(options.ratingScope, claims.id)))
    .orderBy(asc(verdicts.claimId), asc(verdicts.userId))
    .all();
}

/** Window starts as UTC days (YYYY-MM-DD): a row counts in a window from that day on. */
export type ActivityWindows = { last7Days: string; last30Days: string };
export type UserActivity = { userId: string; name: string; total: number; last7Days: number; last30Days: number };

/** Live claims of the project by who marked them, counted by the day each was marked. */
export function countClaimsMarkedByUser(
  q: Executor,
  options: { projectId: string; windows: ActivityWindows },
): UserActivity[] {
  return q
    .select({
      userId: users.id,
      name: users.name,
      total: sql<number>`count(*)`,
      last7Days: countSince(claims.createdAt, options.windows.last7Days),
      last30Days: countSince(claims.createdAt, options.windows.last30Days),
    })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .innerJoin(users, eq(users.id, claims.createdBy))
    .where(liveClaimsOf(options.projectId))
    .groupBy(users.id)
    .all();
}

/**
 * Current verdicts on the project's live claims by who gave them, each counted by the day it
 * was last given or changed. Counts, not ratings: the same for every reader.
 */
export function countVerdictsByUser(
  q: Executor,
  options: { projectId: string; windows: ActivityWindows },
): UserActivity[] {
  return q
    .select({
      userId: users.id,
      name: users.name,
      total: sql<number>`count(*)`,
      last7Days: countSince(verdicts.updatedAt, options.windows.last7Days),
      last30Days: countSince(verdicts.updatedAt, options.windows.last30Days),
    })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .innerJoin(users, eq(users.id, verdicts.userId))
    .where(liveClaimsOf(options.projectId))
    .groupBy(users.id)
    .all();
}

/** Live claims of the project marked on or after the UTC day `from`, by the day they were marked. */
export function countClaimsMarkedByDay(
  q: Executor,
  options: { projectId: string; from: string },
): { day: string; n: number }[] {
  const day = sql<string>`substr(${claims.createdAt}, 1, 10)`;
  return q
    .select({ day, n: sql<number>`count(*)` })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(and(liveClaimsOf(options.projectId), gte(claims.createdAt, options.from)))
    .groupBy(day)
    .orderBy(day)
    .all();
}
