import "server-only";
import { can, type ProjectAction } from "@/lib/auth/policy";
import type { CommentView } from "@/lib/claims/types";
import { notFound } from "@/lib/errors";
import type { Comment } from "@/db/schema";
import { getCommentById, getCommentViewById, listCommentsByClaimId, type CommentRow } from "@/db/queries/comments";
import type { Executor } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import type { ProjectAccess } from "./authorize-project";
import { asNotFound } from "./authorize-project";
import { loadClaim, type ClaimContext } from "./load-claim";

/** Loads a live comment with its claim's context, checking `action` in the project; hidden is 404. */
export function loadComment(
  q: Executor,
  actor: SessionActor,
  commentId: string,
  action: ProjectAction,
): { comment: Comment; context: ClaimContext } {
  const comment = getCommentById(q, { id: commentId });
  if (!comment) throw notFound("Comment");
  return { comment, context: asNotFound("Comment", () => loadClaim(q, actor, comment.claimId, action)) };
}

/** The policy's object for a comment read by `access`. */
export function commentObject(access: ProjectAccess, authorId: string | null) {
  return { kind: "comment", role: access.role, authorId } as const;
}

function withPermissions(row: CommentRow, access: ProjectAccess): CommentView {
  const object = commentObject(access, row.userId);
  return {
    ...row,
    permissions: {
      edit: can(access.actor, "comment:edit", object),
      delete: can(access.actor, "comment:delete", object),
    },
  };
}

/** One live comment as the API returns it to `access`. */
export function commentView(q: Executor, access: ProjectAccess, id: string): CommentView {
  const row = getCommentViewById(q, { id });
  if (!row) throw new Error(`comment ${id} missing`);
  return withPermissions(row, access);
}

/** A claim's live comments, oldest first, as the API returns them to `access`. */
export function claimCommentViews(q: Executor, access: ProjectAccess, claimId: string): CommentView[] {
  return listCommentsByClaimId(q, { claimId }).map((row) => withPermissions(row, access));
}
