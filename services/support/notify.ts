import "server-only";
import { randomUUID } from "node:crypto";
import type { NotificationKind } from "@/lib/notifications/types";
import { insertNotifications, listMemberIdsAmong } from "@/db/queries/notifications";
import type { Tx } from "@/db/queries/transaction";
import { publishUserEvent } from "./live-events";

export type NoticeTarget = {
  kind: NotificationKind;
  projectId: string;
  documentId: string;
  claimId: string;
  commentId?: string | null;
  actorId: string;
};

/**
 * Writes one notice of `target` to each of `userIds`, inside the transaction of the change that
 * causes it, so a notice exists exactly when its change does. The actor is never told of their
 * own change, nobody is told twice, and only members of the project are told (a mention of
 * someone else is plain text). Returns who was notified, to announce after commit.
 */
export function writeNotifications(tx: Tx, target: NoticeTarget, userIds: Iterable<string>): string[] {
  const wanted = [...new Set(userIds)].filter((id) => id !== target.actorId);
  const recipients = listMemberIdsAmong(tx, { projectId: target.projectId, userIds: wanted });
  insertNotifications(
    tx,
    recipients.map((userId) => ({
      id: randomUUID(),
      userId,
      kind: target.kind,
      projectId: target.projectId,
      documentId: target.documentId,
      claimId: target.claimId,
      commentId: target.commentId ?? null,
      actorId: target.actorId,
    })),
  );
  return recipients;
}

/** After commit: wakes each recipient's open pages, whose bell re-reads its count. */
export function announceNotifications(userIds: Iterable<string>): void {
  for (const userId of new Set(userIds)) publishUserEvent(userId, "notification");
}
