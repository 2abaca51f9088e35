import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  claims,
  documents,
  nowSql,
  resolutions,
  users,
  verdictHistory,
  verdicts,
  type Resolution,
  type Verdict,
} from "../schema";
import type { Confidence } from "@/lib/claims/types";
import { inClaimScope, isEmptyScope, type ClaimScope } from "./claims";
import type { Executor } from "./transaction";

export type VerdictValues = { rating: string; confidence: Confidence | null; rationale: string | null };

export function getVerdict(q: Executor, options: { claimId: string; userId: string }): Verdict | undefined {
  return q
    .select()
    .from(verdicts)
    .where(and(eq(verdicts.claimId, options.claimId), eq(verdicts.userId, options.userId)))
    .get();
}

function recordHistory(q: Executor, row: Verdict) {
  q.insert(verdictHistory)
    .values({
      verdictId: row.id,
      claimId: row.claimId,
      userId: row.userId,
      rating: row.rating,
      confidence: row.confidence,
      rationale: row.rationale,
      version: row.version,
    })
    .run();
}

export function insertVerdict(
  q: Executor,
  values: { id: string; claimId: string; userId: string } & VerdictValues,
): Verdict {
  const row = q.insert(verdicts).values(values).returning().get();
  recordHistory(q, row);
  return row;
}

/** Replaces a verdict's values, bumping its version; the old values stay in verdict_history. */
export function updateVerdict(q: Executor, options: { id: string; values: VerdictValues }): Verdict {
  const row = q
    .update(verdicts)
    .set({ ...options.values, version: sql`${verdicts.version} + 1`, updatedAt: nowSql })
    .where(eq(verdicts.id, options.id))
    .returning()
    .get();
  recordHistory(q, row);
  return row;
}

export type VerdictWithUser = Verdict & { userName: string };

export function listVerdictsInScope(q: Executor, scope: ClaimScope): VerdictWithUser[] {
  if (isEmptyScope(scope)) return [];
  return q
    .select({
      id: verdicts.id,
      claimId: verdicts.claimId,
      userId: verdicts.userId,
      rating: verdicts.rating,
      confidence: verdicts.confidence,
      rationale: verdicts.rationale,
      createdAt: verdicts.createdAt,
      updatedAt: verdicts.updatedAt,
      version: verdicts.version,
      userName: users.name,
    })
    .from(verdicts)
    .innerJoin(users, eq(users.id, verdicts.userId))
    .where(inClaimScope(q, verdicts.claimId, scope))
    .orderBy(asc(verdicts.createdAt))
    .all();
}

/** Which of `claimIds` the user has a current verdict on. */
export function listClaimIdsRatedByUser(q: Executor, options: { userId: string; claimIds: string[] }): Set<string> {
  if (options.claimIds.length === 0) return new Set();
  const rows = q
    .select({ claimId: verdicts.claimId })
    .from(verdicts)
    .where(and(eq(verdicts.userId, options.userId), inArray(verdicts.claimId, options.claimIds)))
    .all();
  return new Set(rows.map((r) => r.claimId));
}

export function getResolution(q: Executor, options: { claimId: string }): Resolution | undefined {
  return q.select().from(resolutions).where(eq(resolutions.claimId, options.claimId)).get();
}

export function upsertResolution(
  q: Executor,
  values: { claimId: string; userId: string; rating: string; rationale: string },
): Resolution {
  return q
    .insert(resolutions)
    .values(values)
    .onConflictDoUpdate({
      target: resolutions.claimId,
      set: {
        userId: values.userId,
        rating: values.rating,
        rationale: values.rationale,
        version: sql`${resolutions.version} + 1`,
        updatedAt: nowSql,
      },
    })
    .returning()
    .get();
}

export function listResolutionsInScope(q: Executor, scope: ClaimScope): Resolution[] {
  if (isEmptyScope(scope)) return [];
  return q
    .select()
    .from(resolutions)
    .where(inClaimScope(q, resolutions.claimId, scope))
    .all();
}

export type VerdictVersion = typeof verdictHistory.$inferSelect;

/** Every version of every verdict of the claims in scope, each verdict's oldest first. */
export function listVerdictHistoryInScope(q: Executor, scope: ClaimScope): VerdictVersion[] {
  if (isEmptyScope(scope)) return [];
  return q
    .select()
    .from(verdictHistory)
    .where(inClaimScope(q, verdictHistory.claimId, scope))
    .orderBy(asc(verdictHistory.verdictId), asc(verdictHistory.version), asc(verdictHistory.id))
    .all();
}

/**
 * Writes a verdict as it was elsewhere (a restored project): its current values and dates, and
 * every version it has had as given, oldest first (the current one last); with none given, the
 * current values as its one version. Its version is the number of versions.
 */
export function insertRestoredVerdict(
  q: Executor,
  values: { id: string; claimId: string; userId: string; createdAt: string; updatedAt: string } & VerdictValues,
  history: (VerdictValues & { createdAt: string })[],
): Verdict {
  const versions =
    history.length > 0
      ? history
      : [
          {
            rating: values.rating,
            confidence: values.confidence,
            rationale: values.rationale,
            createdAt: values.updatedAt,
          },
        ];
  const row = q
    .insert(verdicts)
    .values({ ...values, version: versions.length })
    .returning()
    .get();
  q.insert(verdictHistory)
    .values(
      versions.map((v, i) => ({
        verdictId: row.id,
        claimId: row.claimId,
        userId: row.userId,
        rating: v.rating,
        confidence: v.confidence,
        rationale: v.rationale,
        version: i + 1,
        createdAt: v.createdAt,
      })),
    )
    .run();
  return row;
}

/** Writes a resolution as it was elsewhere (a restored project), with its dates. */
export function insertRestoredResolution(
  q: Executor,
  values: { claimId: string; userId: string; rating: string; rationale: string; createdAt: string; updatedAt: string },
): Resolution {
  return q.insert(resolutions).values(values).returning().get();
}

/** How many verdicts and resolutions of a project's live claims use each of `ratings` (absent: none). */
export function countRatingUsesByProjectId(
  q: Executor,
  options: { projectId: string; ratings: string[] },
): Map<string, { verdicts: number; resolutions: number }> {
  const uses = new Map<string, { verdicts: number; resolutions: number }>();
  if (options.ratings.length === 0) return uses;
  const liveClaimsOfProject = q
    .select({ id: claims.id })
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(and(eq(documents.projectId, options.projectId), isNull(claims.deletedAt)));
  const count = (table: typeof verdicts | typeof resolutions) =>
    q
      .select({ rating: table.rating, n: sql<number>`count(*)` })
      .from(table)
      .where(and(inArray(table.rating, options.ratings), inArray(table.claimId, liveClaimsOfProject)))
      .groupBy(table.rating)
      .all();
  for (const { rating, n } of count(verdicts)) uses.set(rating, { verdicts: n, resolutions: 0 });
  for (const { rating, n } of count(resolutions)) {
    const entry = uses.get(rating) ?? { verdicts: 0, resolutions: 0 };
    uses.set(rating, { ...entry, resolutions: n });
  }
  return uses;
}
