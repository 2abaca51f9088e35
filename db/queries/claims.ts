import "server-only";
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { claims, documents, nowSql, type Claim } from "../schema";
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

/** A new claim; unless told otherwise, anchored exactly where it was marked, now. */
export function insertClaim(q: Executor, values: NewClaim): Claim {
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

export type ClaimChanges = Partial<
  Pick<
    Claim,
    | "claimText"
    | "claimant"
    | "status"
    | "assigneeId"
    | "revision"
    | "exact"
    | "prefix"
    | "suffix"
    | "start"
    | "end"
    | "anchorStatus"
    | "anchorScore"
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
