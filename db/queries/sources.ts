import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { claimSources, nowSql, sources, users, type ClaimSource, type Source } from "../schema";
import { inClaimScope, isEmptyScope, type ClaimScope } from "./claims";
import type { Executor } from "./transaction";

export type SourceFields = Pick<
  Source,
  "url" | "title" | "publisher" | "author" | "publishedAt" | "accessedAt" | "kind" | "credibility" | "archivedUrl"
>;

export function getSourceByUrl(q: Executor, options: { projectId: string; url: string }): Source | undefined {
  return q
    .select()
    .from(sources)
    .where(and(eq(sources.projectId, options.projectId), eq(sources.url, options.url)))
    .get();
}

export function getSourceById(q: Executor, options: { id: string }): Source | undefined {
  return q.select().from(sources).where(eq(sources.id, options.id)).get();
}

export function insertSource(
  q: Executor,
  values: SourceFields & { id: string; projectId: string; createdBy: string } & Partial<
      Pick<Source, "createdAt" | "updatedAt">
    >,
): Source {
  return q.insert(sources).values(values).returning().get();
}

/** Every source of a project, cited or not, oldest first. */
export function listSourcesByProjectId(q: Executor, options: { projectId: string }): Source[] {
  return q
    .select()
    .from(sources)
    .where(eq(sources.projectId, options.projectId))
    .orderBy(asc(sources.createdAt), asc(sources.id))
    .all();
}

export function updateSource(q: Executor, options: { id: string; changes: Partial<SourceFields> }): Source {
  return q
    .update(sources)
    .set({ ...options.changes, version: sql`${sources.version} + 1`, updatedAt: nowSql })
    .where(eq(sources.id, options.id))
    .returning()
    .get();
}

export function getClaimSource(q: Executor, options: { claimId: string; sourceId: string }): ClaimSource | undefined {
  return q
    .select()
    .from(claimSources)
    .where(and(eq(claimSources.claimId, options.claimId), eq(claimSources.sourceId, options.sourceId)))
    .get();
}

export function getClaimSourceById(q: Executor, options: { id: string }): ClaimSource | undefined {
  return q.select().from(claimSources).where(eq(claimSources.id, options.id)).get();
}

export function insertClaimSource(
  q: Executor,
  values: {
    id: string;
    claimId: string;
    sourceId: string;
    stance: ClaimSource["stance"];
    excerpt: string | null;
    createdBy: string;
  } & Partial<Pick<ClaimSource, "createdAt" | "updatedAt">>,
): ClaimSource {
  return q.insert(claimSources).values(values).returning().get();
}

export function updateClaimSource(
  q: Executor,
  options: { id: string; changes: Partial<Pick<ClaimSource, "stance" | "excerpt">> },
): ClaimSource {
  return q
    .update(claimSources)
    .set({ ...options.changes, version: sql`${claimSources.version} + 1`, updatedAt: nowSql })
    .where(eq(claimSources.id, options.id))
    .returning()
    .get();
}

export function deleteClaimSource(q: Executor, options: { id: string }): void {
  q.delete(claimSources).where(eq(claimSources.id, options.id)).run();
}

/** A citation, its source, and the name of who cited it (null when their account is gone). */
export type ClaimSourceWithSource = { link: ClaimSource; source: Source; citedByName: string | null };

export function listClaimSourcesInScope(q: Executor, scope: ClaimScope): ClaimSourceWithSource[] {
  if (isEmptyScope(scope)) return [];
  return q
    .select({ link: claimSources, source: sources, citedByName: users.name })
    .from(claimSources)
    .innerJoin(sources, eq(sources.id, claimSources.sourceId))
    .leftJoin(users, eq(users.id, claimSources.createdBy))
    .where(inClaimScope(q, claimSources.claimId, scope))
    .orderBy(asc(claimSources.createdAt))
    .all();
}

/**
 * Every citation shows its source's details, so when the source changes each citation of it
 * gets a new version (and ETag): a stale edit through any of them is then refused.
 */
export function bumpCitationVersionsOfSource(q: Executor, options: { sourceId: string }): void {
  q.update(claimSources)
    .set({ version: sql`${claimSources.version} + 1`, updatedAt: nowSql })
    .where(eq(claimSources.sourceId, options.sourceId))
    .run();
}
