import "server-only";
import { randomUUID } from "node:crypto";
import type { CommentView } from "@/lib/claims/types";
import { AppError } from "@/lib/errors";
import { parseMentions } from "@/lib/notifications/mentions";
import type { CommentInput } from "@/lib/validation/claims";
import { getCommentById, insertComment } from "@/db/queries/comments";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds, loadClaim } from "./support/load-claim";
import { commentView } from "./support/load-comment";
import { announceNotifications, writeNotifications } from "./support/notify";

/**
 * Adds a comment to a claim's discussion, or a reply to one of its comments. The members it
 * mentions (`@[Name](userId)`) are notified, and the author of the comment replied to; someone
 * both mentioned and replied to gets the mention only.
 */
export function addComment(actor: SessionActor, claimId: string, input: CommentInput): CommentView {
  const { view, documentId, notified } = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "comment:add");
    let parentAuthorId: string | null = null;
    if (input.parentId) {
      const parent = getCommentById(tx, { id: input.parentId });
      parentAuthorId = parent?.userId ?? null;
      if (!parent || parent.claimId !== claimId) {
        throw new AppError("invalid", "The comment replied to is not in this claim's discussion.", {
          fields: { parentId: ["names no comment of this claim"] },
        });
      }
    }
    const comment = insertComment(tx, {
      id: randomUUID(),
      claimId,
      parentId: input.parentId,
      userId: actor.userId,
      body: input.body,
    });
    insertEvent(tx, {
      ...claimEventIds(context),
      entityType: "comment",
      entityId: comment.id,
      action: "created",
      after: comment,
    });
    const target = { ...claimEventIds(context), commentId: comment.id };
    const mentioned = writeNotifications(
      tx,
      { ...target, kind: "mention" },
      parseMentions(input.body).map((m) => m.userId),
    );
    const replied = parentAuthorId && !mentioned.includes(parentAuthorId) ? [parentAuthorId] : [];
    const notified = [...mentioned, ...writeNotifications(tx, { ...target, kind: "reply" }, replied)];
    return { view: commentView(tx, context, comment.id), documentId: context.claim.documentId, notified };
  });
  publishDocumentEvent(documentId, "comment.created", view.id);
  announceNotifications(notified);
  return view;
}
