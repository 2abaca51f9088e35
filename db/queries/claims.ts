import "server-only";
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNotNull,
  isNull,
  lt,
  ne,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { claims, documents, nowSql, projectMembers, projects, type Claim } from "../schema";
import { prepared } from "./prepared";
import type { Executor } from "./transaction";

export type NewClaim = {
  id: string;
  documentId: string;
  revision: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Null only for a claim restored orphaned. */
  start: number | null;
  end: number | null;
  claimText: string;
  claimant: string | null;
  createdBy: string;
} & Partial<
  Pick<
    Claim,
    "anchorStatus" | "anchorScore" | "status" | "assigneeId" | "tags" | "importedFrom" | "createdAt" | "updatedAt"
  >
>;

/** What a claim marked by a reviewer or a client is made of. */
const markedClaimFields = new Set([
  "id",
  "documentId",
  "revision",
  "exact",
  "prefix",
  "suffix",
  "start",
  "end",
  "claimText",
  "claimant",
  "createdBy",
]);

/** A new claim; unless told otherwise, anchored exactly where it was marked, now. */
export function insertClaim(q: Executor, values: NewClaim): Claim {
  // A claim marked by a reviewer or a client (the hot path) is one prepared query; an imported
  // or restored one, which says more about itself, is built as given.
  if (Object.keys(values).every((field) => markedClaimFields.has(field))) {
    const insert = prepared(q, "insertMarkedClaim", (q) =>
      q
        .insert(claims)
        .values({
          id: sql.placeholder("id"),
          documentId: sql.placeholder("documentId"),
          revision: sql.placeholder("revision"),
          exact: sql.placeholder("exact"),
          prefix: sql.placeholder("prefix"),
          suffix: sql.placeholder("suffix"),
          start: sql.placeholder("start"),
          end: sql.placeholder("end"),
          claimText: sql.placeholder("claimText"),
          claimant: sql.placeholder("claimant"),
          createdBy: sql.placeholder("createdBy"),
          anchorStatus: "exact",
          anchorScore: 1,
        })
        .returning()
        .prepare(),
    );
    return insert.get({ ...values, claimant: values.claimant ?? null }) as Claim;
  }
  return q
    .insert(claims)
    .values({ anchorStatus: "exact", anchorScore: 1, ...values })
    .returning()
    .get();
}

/**
 * The claims of a document that were imported from an annotation (deleted ones included, so that
 * a deleted import is not brought back), keyed by `importedFrom`.
 */
export function listImportedClaimsByDocumentId(q: Executor, options: { documentId: string }): Map<string, Claim> {
  const rows = q
    .select()
    .from(claims)
    .where(and(eq(claims.documentId, options.documentId), isNotNull(claims.importedFrom)))
    .all();
  return new Map(rows.map((row) => [row.importedFrom as string, row]));
}

/** A live (not deleted) claim. */
export function getClaimRowById(q: Executor, options: { id: string }): Claim | undefined {
  return q
    .select()
    .from(claims)
    .where(and(eq(claims.id, options.id), isNull(claims.deletedAt)))
    .get();
}

/** Live claims of a document in text order; orphaned claims (no position) last. */
export function listClaimRowsByDocumentId(q: Executor, options: { documentId: string }): Claim[] {
  return q
    .select()
    .from(claims)
    .where(and(eq(claims.documentId, options.documentId), isNull(claims.deletedAt)))
    .orderBy(sql`${claims.start} is null`, asc(claims.start), asc(claims.end), asc(claims.createdAt))
    .all();
}

/** Where each live claim of a document sits (code points of `revision`), and no more: for covering spans. */
export function listClaimSpansByDocumentId(
  q: Executor,
  options: { documentId: string },
): { revision: number; start: number | null; end: number | null }[] {
  return q
    .select({ revision: claims.revision, start: claims.start, end: claims.end })
    .from(claims)
    .where(and(eq(claims.documentId, options.documentId), isNull(claims.deletedAt)))
    .all();
}

/**
 * The first live claims of a document in text order, those starting before `before` (code
 * points), at most `limit`: the part of the text a reader sees first.
 */
export function listFirstClaimRowsByDocumentId(
  q: Executor,
  options: { documentId: string; before: number; limit: number },
): Claim[] {
  return q
    .select()
    .from(claims)
    .where(and(eq(claims.documentId, options.documentId), isNull(claims.deletedAt), lt(claims.start, options.before)))
    .orderBy(asc(claims.start), asc(claims.end), asc(claims.createdAt))
    .limit(options.limit)
    .all();
}

/** How many live claims a document has. */
export function countLiveClaimsByDocumentId(q: Executor, options: { documentId: string }): number {
  return (
    q
      .select({ n: count() })
      .from(claims)
      .where(and(eq(claims.documentId, options.documentId), isNull(claims.deletedAt)))
      .get()?.n ?? 0
  );
}

/**
 * Live claims of every document of a project: documents newest first (as the project page lists
 * them), each document's claims in text order with its orphaned claims last.
 */
export function listClaimRowsByProjectId(q: Executor, options: { projectId: string }): Claim[] {
  return q
    .select(getTableColumns(claims))
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(and(eq(documents.projectId, options.projectId), isNull(claims.deletedAt)))
    .orderBy(
      desc(documents.createdAt),
      desc(documents.id),
      sql`${claims.start} is null`,
      asc(claims.start),
      asc(claims.end),
      asc(claims.createdAt),
    )
    .all();
}

/** The live claims among `ids` that belong to documents of the project (others are left out). */
export function listClaimRowsByIdsInProject(q: Executor, options: { projectId: string; ids: string[] }): Claim[] {
  if (options.ids.length === 0) return [];
  return q
    .select(getTableColumns(claims))
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .where(and(inArray(claims.id, options.ids), eq(documents.projectId, options.projectId), isNull(claims.deletedAt)))
    .all();
}

export type ClaimChanges = Partial<
  Pick<
    Claim,
    | "claimText"
    | "claimant"
    | "status"
    | "assigneeId"
    | "assignedAt"
    | "isFlagged"
    | "revision"
    | "exact"
    | "prefix"
    | "suffix"
    | "start"
    | "end"
    | "anchorStatus"
    | "anchorScore"
    | "anchorAlternatives"
    | "deletedAt"
  >
>;

/**
 * Writes `changes` and bumps the version (unless `isSilent`: bookkeeping that changes nothing a
 * reader sees, such as the revision an unchanged anchor refers to); returns the new row.
 */
export function updateClaim(q: Executor, options: { id: string; changes: ClaimChanges; isSilent?: boolean }): Claim {
  const stamp = options.isSilent ? {} : { version: sql`${claims.version} + 1`, updatedAt: nowSql };
  return q
    .update(claims)
    .set({ ...options.changes, ...stamp })
    .where(eq(claims.id, options.id))
    .returning()
    .get();
}

/** Which claims a list query covers: some claims by id, every claim of a document, or of a project. */
export type ClaimScope = { claimIds: string[] } | { documentId: string } | { projectId: string };

/** The WHERE condition restricting `claimIdColumn` to the scope (a subquery for a document or a project). */
export function inClaimScope(q: Executor, claimIdColumn: SQLiteColumn, scope: ClaimScope): SQL | undefined {
  if ("claimIds" in scope) return inArray(claimIdColumn, scope.claimIds);
  if ("projectId" in scope) {
    const ofProject = q
      .select({ id: claims.id })
      .from(claims)
      .innerJoin(documents, eq(documents.id, claims.documentId))
      .where(eq(documents.projectId, scope.projectId));
    return inArray(claimIdColumn, ofProject);
  }
  return inArray(
    claimIdColumn,
    q.select({ id: claims.id }).from(claims).where(eq(claims.documentId, scope.documentId)),
  );
}

export function isEmptyScope(scope: ClaimScope): boolean {
  return "claimIds" in scope && scope.claimIds.length === 0;
}

/** A claim with where it lives, for lists that cross documents (My queue, adjudication). */
export type PlacedClaimRow = { claim: Claim; projectId: string; projectName: string; documentTitle: string };

const placedColumns = {
  claim: claims,
  projectId: documents.projectId,
  projectName: projects.name,
  documentTitle: documents.title,
};

/** Since when a claim has been its assignee's: when it was assigned, else (assigned before that was kept) when marked. */
const assignedSince = sql`coalesce(${claims.assignedAt}, ${claims.createdAt})`;

/**
 * The live claims assigned to `userId` that are not resolved, in the projects they are a member
 * of, longest assigned first.
 */
export function listOpenAssignedClaimRows(q: Executor, options: { userId: string }): PlacedClaimRow[] {
  return q
    .select(placedColumns)
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .innerJoin(projects, eq(projects.id, documents.projectId))
    .innerJoin(
      projectMembers,
      and(eq(projectMembers.projectId, documents.projectId), eq(projectMembers.userId, options.userId)),
    )
    .where(and(eq(claims.assigneeId, options.userId), ne(claims.status, "resolved"), isNull(claims.deletedAt)))
    .orderBy(asc(assignedSince), asc(claims.id))
    .all();
}

/** The live flagged claims of the projects, oldest flag first (by the claim's last change). */
export function listFlaggedClaimRows(q: Executor, options: { projectIds: string[] }): PlacedClaimRow[] {
  if (options.projectIds.length === 0) return [];
  return q
    .select(placedColumns)
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .innerJoin(projects, eq(projects.id, documents.projectId))
    .where(and(inArray(documents.projectId, options.projectIds), eq(claims.isFlagged, true), isNull(claims.deletedAt)))
    .orderBy(asc(claims.updatedAt), asc(claims.id))
    .all();
}

/** How many claims `listOpenAssignedClaimRows` and `listFlaggedClaimRows` would list, together. */
export function countQueueClaims(q: Executor, options: { userId: string; flaggedInProjectIds: string[] }): number {
  const assigned =
    q
      .select({ n: sql<number>`count(*)` })
      .from(claims)
      .innerJoin(documents, eq(documents.id, claims.documentId))
      .innerJoin(
        projectMembers,
        and(eq(projectMembers.projectId, documents.projectId), eq(projectMembers.userId, options.userId)),
      )
      .where(and(eq(claims.assigneeId, options.userId), ne(claims.status, "resolved"), isNull(claims.deletedAt)))
      .get()?.n ?? 0;
  if (options.flaggedInProjectIds.length === 0) return assigned;
  const flagged =
    q
      .select({ n: sql<number>`count(*)` })
      .from(claims)
      .innerJoin(documents, eq(documents.id, claims.documentId))
      .where(
        and(
          inArray(documents.projectId, options.flaggedInProjectIds),
          eq(claims.isFlagged, true),
          isNull(claims.deletedAt),
          // A flagged claim assigned to the reader is counted once, as an assignment.
          sql`(${claims.assigneeId} is null or ${claims.assigneeId} <> ${options.userId} or ${claims.status} = 'resolved')`,
        ),
      )
      .get()?.n ?? 0;
  return assigned + flagged;
}

/**
 * The live claims of a project an editor has to adjudicate, in the project's order (documents
 * newest first, each in text order): flagged ones (a verdict disagrees with the resolution), and
 * unresolved ones whose reviewers gave different ratings.
 */
export function listClaimRowsAwaitingAdjudication(q: Executor, options: { projectId: string }): PlacedClaimRow[] {
  const ratingsGiven = sql`(select count(distinct v.rating) from verdicts v where v.claim_id = ${claims.id})`;
  return q
    .select(placedColumns)
    .from(claims)
    .innerJoin(documents, eq(documents.id, claims.documentId))
    .innerJoin(projects, eq(projects.id, documents.projectId))
    .where(
      and(
        eq(documents.projectId, options.projectId),
        isNull(claims.deletedAt),
        or(eq(claims.isFlagged, true), and(ne(claims.status, "resolved"), sql`${ratingsGiven} > 1`)),
      ),
    )
    .orderBy(
      desc(documents.createdAt),
      desc(documents.id),
      sql`${claims.start} is null`,
      asc(claims.start),
      asc(claims.end),
      asc(claims.createdAt),
    )
    .all();
}
