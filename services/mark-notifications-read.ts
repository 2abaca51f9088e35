import "server-only";
import type { MarkNotificationsReadInput } from "@/lib/validation/notifications";
import { countUnreadNotifications, markNotificationsReadByUserId } from "@/db/queries/notifications";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { announceNotifications } from "./support/notify";

export type MarkReadResult = { marked: number; unreadCount: number };

/**
 * Marks the actor's notices read: `{ids}` those of them that are the actor's (an id of someone
 * else's notice, or of none, is ignored, so nobody learns which ids exist), `{all: true}` every
 * one. Answers how many changed and how many stay unread; the actor's other pages are told.
 */
export function markNotificationsRead(actor: SessionActor, input: MarkNotificationsReadInput): MarkReadResult {
  const result = inTransaction((tx) => {
    const marked = markNotificationsReadByUserId(tx, {
      userId: actor.userId,
      ids: "all" in input ? null : input.ids,
    });
    return { marked, unreadCount: countUnreadNotifications(tx, { userId: actor.userId }) };
  });
  if (result.marked > 0) announceNotifications([actor.userId]);
  return result;
}
