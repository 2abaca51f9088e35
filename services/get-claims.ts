import "server-only";
import type { ClaimView, CommentView } from "@/lib/claims/types";
import { getClaimRowById, listClaimRowsByDocumentId } from "@/db/queries/claims";
import { listCommentsByClaimId } from "@/db/queries/comments";
import { reader as dbReader } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import { buildClaimViews } from "./claim-views";
import { loadClaim, loadDocument } from "./load-claim";

/** Every live claim of a document, in text order (orphaned claims last), as the actor may see them. */
export function listDocumentClaims(actor: SessionActor, documentId: string): ClaimView[] {
  const q = dbReader();
  const reader = loadDocument(q, actor, documentId, "claim:read");
  const rows = listClaimRowsByDocumentId(q, { documentId });
  return buildClaimViews(q, rows, { documentId }, reader);
}

export function getClaim(actor: SessionActor, claimId: string): ClaimView {
  const q = dbReader();
  const context = loadClaim(q, actor, claimId, "claim:read");
  return buildClaimViews(q, [context.claim], { claimIds: [claimId] }, context)[0] as ClaimView;
}

/** Re-reads one claim inside a write, after a change, for the response. */
export function claimViewAfterWrite(q: Parameters<typeof buildClaimViews>[0], context: Parameters<typeof buildClaimViews>[3], claimId: string): ClaimView {
  const row = getClaimRowById(q, { id: claimId });
  if (!row) throw new Error(`claim ${claimId} vanished inside its own transaction`);
  return buildClaimViews(q, [row], { claimIds: [claimId] }, context)[0] as ClaimView;
}

export function listClaimComments(actor: SessionActor, claimId: string): CommentView[] {
  const q = dbReader();
  loadClaim(q, actor, claimId, "claim:read");
  return listCommentsByClaimId(q, { claimId });
}
