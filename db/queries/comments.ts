import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { comments, users, type Comment } from "../schema";
import { inClaimScope, isEmptyScope, nowSql, type ClaimScope } from "./claims";
import type { Executor } from "./transaction";

export function insertComment(q: Executor, values: { id: string; claimId: string; parentId: string | null; userId: string; body: string }): Comment {
  return q.insert(comments).values(values).returning().get();
}

export function getCommentById(q: Executor, options: { id: string }): Comment | undefined {
  return q
    .select()
    .from(comments)
    .where(and(eq(comments.id, options.id), isNull(comments.deletedAt)))
    .get();
}

export function updateComment(q: Executor, options: { id: string; changes: Partial<Pick<Comment, "body" | "deletedAt">> }): Comment {
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

export function listCommentsByClaimId(q: Executor, options: { claimId: string }) {
  return q
    .select(commentViewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.userId))
    .where(and(eq(comments.claimId, options.claimId), isNull(comments.deletedAt)))
    .orderBy(asc(comments.createdAt))
    .all();
}

/** One live comment with its author's name, as the API returns it. */
export function getCommentViewById(q: Executor, options: { id: string }) {
  return q
    .select(commentViewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.userId))
    .where(and(eq(comments.id, options.id), isNull(comments.deletedAt)))
    .get();
}

export function countCommentsInScope(q: Executor, scope: ClaimScope): Map<string, number> {
  if (isEmptyScope(scope)) return new Map();
  const rows = q
    .select({ claimId: comments.claimId, n: sql<number>`count(*)` })
    .from(comments)
    .where(and(inClaimScope(q, comments.claimId, scope), isNull(comments.deletedAt)))
    .groupBy(comments.claimId)
    .all();
  return new Map(rows.map((r) => [r.claimId, r.n]));
}
