import "server-only";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { comments, nowSql, users, type Comment } from "../schema";
import type { CommentView } from "@/lib/claims/types";
import { inClaimScope, isEmptyScope, type ClaimScope } from "./claims";
import type { Executor } from "./transaction";

export function insertComment(
  q: Executor,
  values: { id: string; claimId: string; parentId: string | null; userId: string; body: string } & Partial<
    Pick<Comment, "importedFrom" | "createdAt" | "updatedAt">
  >,
): Comment {
  return q.insert(comments).values(values).returning().get();
}

/** The comments of a document's claims that hold an imported annotation's text, keyed by `importedFrom`. */
export function listImportedCommentsByDocumentId(q: Executor, options: { documentId: string }): Map<string, Comment> {
  const rows = q
    .select()
    .from(comments)
    .where(and(inClaimScope(q, comments.claimId, { documentId: options.documentId }), isNotNull(comments.importedFrom)))
    .all();
  return new Map(rows.map((row) => [row.importedFrom as string, row]));
}

/** Every comment of the claims in scope, deleted ones included (their replies still point at them), oldest first. */
export function listCommentRowsInScope(q: Executor, scope: ClaimScope): Comment[] {
  if (isEmptyScope(scope)) return [];
  return q
    .select()
    .from(comments)
    .where(inClaimScope(q, comments.claimId, scope))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
}

export function getCommentById(q: Executor, options: { id: string }): Comment | undefined {
  return q
    .select()
    .from(comments)
    .where(and(eq(comments.id, options.id), isNull(comments.deletedAt)))
    .get();
}

export function updateComment(
  q: Executor,
  options: { id: string; changes: Partial<Pick<Comment, "body" | "deletedAt">> },
): Comment {
  return q
    .update(comments)
    .set({ ...options.changes, version: sql`${comments.version} + 1`, updatedAt: nowSql })
    .where(eq(comments.id, options.id))
    .returning()
    .get();
}

const commentViewColumns = {
  id: comments.id,
  claimId: comments.claimId,
  parentId: comments.parentId,
  userId: comments.userId,
  userName: users.name,
  body: comments.body,
  createdAt: comments.createdAt,
  updatedAt: comments.updatedAt,
  version: comments.version,
};

/** A comment as the API shows it, with its author's name; the service adds the reader's permissions. */
export type CommentRow = Omit<CommentView, "permissions">;

export function listCommentsByClaimId(q: Executor, options: { claimId: string }): CommentRow[] {
  return q
    .select(commentViewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.userId))
    .where(and(eq(comments.claimId, options.claimId), isNull(comments.deletedAt)))
    .orderBy(asc(comments.createdAt))
    .all();
}

/** One live comment with its author's name, as the API returns it. */
export function getCommentViewById(q: Executor, options: { id: string }): CommentRow | undefined {
  return q
    .select(commentViewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.userId))
    .where(and(eq(comments.id, options.id), isNull(comments.deletedAt)))
    .get();
}

/** Per claim in scope: how many live comments it has, and who wrote them. */
export function summarizeCommentsInScope(
  q: Executor,
  scope: ClaimScope,
): Map<string, { count: number; authorIds: Set<string> }> {
  const summary = new Map<string, { count: number; authorIds: Set<string> }>();
  if (isEmptyScope(scope)) return summary;
  const rows = q
    .select({ claimId: comments.claimId, userId: comments.userId, n: sql<number>`count(*)` })
    .from(comments)
    .where(and(inClaimScope(q, comments.claimId, scope), isNull(comments.deletedAt)))
    .groupBy(comments.claimId, comments.userId)
    .all();
  for (const row of rows) {
    const entry = summary.get(row.claimId) ?? { count: 0, authorIds: new Set<string>() };
    entry.count += row.n;
    if (row.userId) entry.authorIds.add(row.userId);
    summary.set(row.claimId, entry);
  }
  return summary;
}
