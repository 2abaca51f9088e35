import "server-only";
import type { CommentView } from "@/lib/claims/types";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { loadClaim } from "./support/load-claim";
import { claimCommentViews } from "./support/load-comment";

/** A claim's discussion, oldest first. */
export function listClaimComments(actor: SessionActor, claimId: string): CommentView[] {
  const q = reader();
  const context = loadClaim(q, actor, claimId, "project:read");
  return claimCommentViews(q, context, claimId);
}
