import "server-only";
import type { CommentView } from "@/lib/claims/types";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { commentView, loadComment } from "./support/load-comment";

/** One live comment; 404 when the actor may not see it. */
export function getComment(actor: SessionActor, commentId: string): CommentView {
  const q = reader();
  const { context } = loadComment(q, actor, commentId, "project:read");
  return commentView(q, context, commentId);
}
