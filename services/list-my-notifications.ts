import "server-only";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { describeNotification, notificationHref, quoteSnippet } from "@/lib/notifications/describe";
import type { NotificationList, NotificationView } from "@/lib/notifications/types";
import { ratingLabel } from "@/lib/ratings";
import { NOTIFICATIONS_PAGE_SIZE, type NotificationListInput } from "@/lib/validation/notifications";
import {
  countUnreadNotifications,
  listNotificationRowsByUserId,
  type NotificationCursor,
  type NotificationRow,
} from "@/db/queries/notifications";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";

function encodeCursor(row: NotificationRow): string {
  return Buffer.from(JSON.stringify([row.readAt !== null, row.createdAt, row.id])).toString("base64url");
}

function decodeCursor(cursor: string): NotificationCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      typeof value[0] === "boolean" &&
      typeof value[1] === "string" &&
      typeof value[2] === "string"
    ) {
      return { isRead: value[0], createdAt: value[1], id: value[2] };
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw new AppError("invalid", "The cursor is not one this list gave.", {
    fields: { cursor: ["is not a cursor of this list"] },
  });
}

/**
 * A notice as its reader may see it. A resolution's rating is named only when the reader may
 * see others' ratings of the claim (`verdicts:see-others`, asked now, with the reader's role and
 * verdict as they are now); otherwise the notice says only that the claim was resolved.
 */
function toView(actor: SessionActor, row: NotificationRow): NotificationView {
  const seesRating =
    row.resolutionRating !== null &&
    can(actor, "verdicts:see-others", {
      kind: "verdicts",
      role: row.role,
      isBlindReview: row.isBlindReview,
      hasOwnVerdict: row.hasOwnVerdict,
    });
  const quote = row.claimExact === null ? null : quoteSnippet(row.claimExact);
  return {
    id: row.id,
    kind: row.kind,
    isRead: row.readAt !== null,
    createdAt: row.createdAt,
    actor: row.actorId && row.actorName ? { id: row.actorId, name: row.actorName } : null,
    project: { id: row.projectId, name: row.projectName },
    document: row.documentId && row.documentTitle ? { id: row.documentId, title: row.documentTitle } : null,
    claim: row.claimId && quote !== null ? { id: row.claimId, quote } : null,
    commentId: row.commentId,
    href: notificationHref(row.documentId, row.claimExact === null ? null : row.claimId),
    text: describeNotification({
      kind: row.kind,
      actorName: row.actorName,
      quote,
      ratingLabel: seesRating ? ratingLabel(row.ratingScale, row.resolutionRating!) : null,
    }),
  };
}

/**
 * The actor's own notices (`GET /api/v1/me/notifications`), unread first and newest first within
 * each, a page at a time,
 * with how many are unread; only ever the actor's: the query is scoped to them.
 */
export function listMyNotifications(actor: SessionActor, input: NotificationListInput): NotificationList {
  const limit = input.limit ?? NOTIFICATIONS_PAGE_SIZE;
  const after = input.cursor === null ? null : decodeCursor(input.cursor);
  return readTransaction((q) => {
    const rows = listNotificationRowsByUserId(q, {
      userId: actor.userId,
      after,
      limit: limit + 1,
      unreadOnly: input.unreadOnly,
    });
    const page = rows.slice(0, limit);
    return {
      notifications: page.map((row) => toView(actor, row)),
      unreadCount: countUnreadNotifications(q, { userId: actor.userId }),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
    };
  });
}
