import "server-only";
import type { CommentView } from "@/lib/claims/types";
import { parseMentions } from "@/lib/notifications/mentions";
import { updateComment } from "@/db/queries/comments";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds } from "./support/load-claim";
import { commentObject, commentView, loadComment } from "./support/load-comment";
import { announceNotifications, writeNotifications } from "./support/notify";

/** Its author edits a comment; refused (412) if it changed meanwhile. Members newly mentioned by the edit are notified. */
export function editComment(
  actor: SessionActor,
  commentId: string,
  body: string,
  expected: ExpectedVersion,
): CommentView {
  const result = inTransaction((tx) => {
    const { comment, context } = loadComment(tx, actor, commentId, "project:read");
    requirePermission(
      actor,
      "comment:edit",
      commentObject(context, comment.userId),
      "Only its author can edit a comment.",
    );
    checkVersion(comment.version, expected, { required: true, what: "comment" });
    const updated = updateComment(tx, { id: commentId, changes: { body } });
    insertEvent(tx, {
      ...claimEventIds(context),
      entityType: "comment",
      entityId: commentId,
      action: "updated",
      before: { body: comment.body },
      after: { body: updated.body },
    });
    const before = new Set(parseMentions(comment.body).map((m) => m.userId));
    const added = parseMentions(body)
      .map((m) => m.userId)
      .filter((id) => !before.has(id));
    const notified = writeNotifications(tx, { ...claimEventIds(context), commentId, kind: "mention" }, added);
    return { view: commentView(tx, context, commentId), documentId: context.claim.documentId, notified };
  });
  publishDocumentEvent(result.documentId, "comment.updated", commentId);
  announceNotifications(result.notified);
  return result.view;
}
