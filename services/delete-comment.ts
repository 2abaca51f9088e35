import "server-only";
import { updateComment } from "@/db/queries/comments";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds } from "./support/load-claim";
import { commentObject, loadComment } from "./support/load-comment";

/** Its author or an editor deletes a comment (kept, marked deleted, for the audit log). */
export function deleteComment(actor: SessionActor, commentId: string, expected: ExpectedVersion): void {
  const documentId = inTransaction((tx) => {
    const { comment, context } = loadComment(tx, actor, commentId, "project:read");
    requirePermission(
      actor,
      "comment:delete",
      commentObject(context, comment.userId),
      "Only its author or an editor can delete a comment.",
    );
    checkVersion(comment.version, expected, { required: true, what: "comment" });
    updateComment(tx, { id: commentId, changes: { deletedAt: new Date().toISOString() } });
    insertEvent(tx, {
      ...claimEventIds(context),
      entityType: "comment",
      entityId: commentId,
      action: "deleted",
      before: comment,
    });
    return context.claim.documentId;
  });
  publishDocumentEvent(documentId, "comment.deleted", commentId);
}
