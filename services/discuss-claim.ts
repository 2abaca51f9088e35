import "server-only";
import { randomUUID } from "node:crypto";
import { canInProject, type ProjectAction } from "@/lib/auth/policy";
import type { CommentView } from "@/lib/claims/types";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { CommentInput } from "@/lib/validation/claims";
import { getCommentById, getCommentViewById, insertComment, updateComment } from "@/db/queries/comments";
import { insertEvent } from "@/db/queries/events";
import { inTransaction, reader, type Executor } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import { publishDocumentEvent } from "./live-events";
import { checkVersion, claimEventIds, loadClaim, type ExpectedVersion } from "./load-claim";

function commentView(tx: Executor, id: string): CommentView {
  const view = getCommentViewById(tx, { id });
  if (!view) throw new Error(`comment ${id} missing after write`);
  return view;
}

/** Adds a comment to a claim's discussion, or a reply to one of its comments. */
export function addComment(actor: SessionActor, claimId: string, input: CommentInput): CommentView {
  const { view, documentId } = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "comment:add");
    if (input.parentId) {
      const parent = getCommentById(tx, { id: input.parentId });
      if (!parent || parent.claimId !== claimId) {
        throw new AppError("invalid", "The comment replied to is not in this claim's discussion.", { fields: { parentId: ["names no comment of this claim"] } });
      }
    }
    const comment = insertComment(tx, { id: randomUUID(), claimId, parentId: input.parentId, userId: actor.userId, body: input.body });
    insertEvent(tx, {
      ...claimEventIds(context),
      entityType: "comment",
      entityId: comment.id,
      action: "created",
      after: comment,
    });
    return { view: commentView(tx, comment.id), documentId: context.claim.documentId };
  });
  publishDocumentEvent(documentId, "comment.created", view.id);
  return view;
}

function loadComment(tx: Executor, actor: SessionActor, commentId: string, action: ProjectAction) {
  const comment = getCommentById(tx, { id: commentId });
  if (!comment) throw notFound("Comment");
  try {
    return { comment, context: loadClaim(tx, actor, comment.claimId, action) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") throw notFound("Comment");
    throw error;
  }
}

/** Its author edits a comment. */
export function editComment(actor: SessionActor, commentId: string, body: string, expected: ExpectedVersion): CommentView {
  const result = inTransaction((tx) => {
    const { comment, context } = loadComment(tx, actor, commentId, "comment:add");
    if (comment.userId !== actor.userId) throw forbidden("Only its author can edit a comment.");
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
    return { view: commentView(tx, commentId), documentId: context.claim.documentId };
  });
  publishDocumentEvent(result.documentId, "comment.updated", commentId);
  return result.view;
}

/** Its author or an editor deletes a comment (kept, marked deleted, for the audit log). */
export function deleteComment(actor: SessionActor, commentId: string, expected: ExpectedVersion): void {
  const documentId = inTransaction((tx) => {
    const { comment, context } = loadComment(tx, actor, commentId, "comment:add");
    if (comment.userId !== actor.userId && !canInProject(actor, context.role, "claim:delete")) {
      throw forbidden("Only its author or an editor can delete a comment.");
    }
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


export function getComment(actor: SessionActor, commentId: string): CommentView {
  const q = reader();
  loadComment(q, actor, commentId, "claim:read");
  return commentView(q, commentId);
}
