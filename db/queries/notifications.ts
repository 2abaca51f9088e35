import "server-only";
import { and, count, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  claims,
  documents,
  notifications,
  nowSql,
  projectMembers,
  projects,
  resolutions,
  users,
  verdicts,
  type NotificationKind,
} from "../schema";
import type { Executor } from "./transaction";

export type NewNotification = {
  id: string;
  userId: string;
  kind: NotificationKind;
  projectId: string;
  documentId: string | null;
  claimId: string | null;
  commentId: string | null;
  actorId: string | null;
};

export function insertNotifications(q: Executor, rows: NewNotification[]): void {
  if (rows.length > 0) q.insert(notifications).values(rows).run();
}

/** Of `userIds`, those who are members of the project (notices go only to people who can open what they name). */
export function listMemberIdsAmong(q: Executor, options: { projectId: string; userIds: string[] }): string[] {
  if (options.userIds.length === 0) return [];
  return q
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, options.projectId), inArray(projectMembers.userId, options.userIds)))
    .all()
    .map((r) => r.userId);
}

/** Everyone who has a verdict on the claim. */
export function listRaterIdsByClaimId(q: Executor, options: { claimId: string }): string[] {
  return q
    .select({ userId: verdicts.userId })
    .from(verdicts)
    .where(eq(verdicts.claimId, options.claimId))
    .all()
    .map((r) => r.userId);
}

const actors = alias(users, "actors");

/** 0 for an unread notice, 1 for a read one: unread ones are listed first. */
const isRead = sql<number>`(${notifications.readAt} is not null)`;

/** The notices after `after` in the list's order: unread first, then newest first. */
function afterCursor(after: NotificationCursor): SQL | undefined {
  const older = or(
    lt(notifications.createdAt, after.createdAt),
    and(eq(notifications.createdAt, after.createdAt), lt(notifications.id, after.id)),
  );
  return after.isRead
    ? and(isNotNull(notifications.readAt), older)
    : or(isNotNull(notifications.readAt), and(isNull(notifications.readAt), older));
}

/** Where a page of notices starts: after the last one of the previous page (unread first, then newest first). */
export type NotificationCursor = { isRead: boolean; createdAt: string; id: string };

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  createdAt: string;
  readAt: string | null;
  commentId: string | null;
  actorId: string | null;
  actorName: string | null;
  projectId: string;
  projectName: string;
  isBlindReview: boolean;
  ratingScale: (typeof projects.$inferSelect)["ratingScale"];
  role: (typeof projectMembers.$inferSelect)["role"];
  documentId: string | null;
  documentTitle: string | null;
  claimId: string | null;
  claimExact: string | null;
  resolutionRating: string | null;
  hasOwnVerdict: boolean;
};

/**
 * The user's notices, newest first, from the projects they are still a member of (a notice of a
 * project they left is not theirs to open), each with what its text needs: the actor's name, the
 * claim's quote (null once deleted), the current resolution and whether the user rated the claim.
 */
export function listNotificationRowsByUserId(
  q: Executor,
  options: { userId: string; after: NotificationCursor | null; limit: number; unreadOnly: boolean },
): NotificationRow[] {
  const { userId, after } = options;
  return q
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      commentId: notifications.commentId,
      actorId: notifications.actorId,
      actorName: actors.name,
      projectId: projects.id,
      projectName: projects.name,
      isBlindReview: projects.isBlindReview,
      ratingScale: projects.ratingScale,
      role: projectMembers.role,
      documentId: documents.id,
      documentTitle: documents.title,
      claimId: claims.id,
      claimExact: claims.exact,
      resolutionRating: resolutions.rating,
      hasOwnVerdict:
        sql<boolean>`exists (select 1 from ${verdicts} v where v.claim_id = ${notifications.claimId} and v.user_id = ${notifications.userId})`.mapWith(
          Boolean,
        ),
    })
    .from(notifications)
    .innerJoin(projects, eq(projects.id, notifications.projectId))
    .innerJoin(
      projectMembers,
      and(eq(projectMembers.projectId, notifications.projectId), eq(projectMembers.userId, notifications.userId)),
    )
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .leftJoin(documents, eq(documents.id, notifications.documentId))
    .leftJoin(claims, and(eq(claims.id, notifications.claimId), isNull(claims.deletedAt)))
    .leftJoin(resolutions, eq(resolutions.claimId, claims.id))
    .where(
      and(
        eq(notifications.userId, userId),
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
        after ? afterCursor(after) : undefined,
      ),
    )
    .orderBy(isRead, desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit)
    .all();
}

/** How many of the user's notices (of projects they are a member of) are unread. */
export function countUnreadNotifications(q: Executor, options: { userId: string }): number {
  const row = q
    .select({ n: count() })
    .from(notifications)
    .innerJoin(
      projectMembers,
      and(eq(projectMembers.projectId, notifications.projectId), eq(projectMembers.userId, notifications.userId)),
    )
    .where(and(eq(notifications.userId, options.userId), isNull(notifications.readAt)))
    .get();
  return row?.n ?? 0;
}

/** Marks the user's unread notices read: those of `ids` that are theirs, or all with `ids` null. How many changed. */
export function markNotificationsReadByUserId(q: Executor, options: { userId: string; ids: string[] | null }): number {
  const result = q
    .update(notifications)
    .set({ readAt: nowSql })
    .where(
      and(
        eq(notifications.userId, options.userId),
        isNull(notifications.readAt),
        options.ids === null ? undefined : inArray(notifications.id, options.ids),
      ),
    )
    .run();
  return result.changes;
}
