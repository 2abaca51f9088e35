import "server-only";
import type { ClaimView } from "@/lib/claims/types";
import { listClaimRowsByDocumentId } from "@/db/queries/claims";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { buildClaimViews } from "./support/claim-views";
import { loadDocument } from "./support/load-document";

/** Every live claim of a document, in text order (orphaned claims last), as the actor may see them. */
export function listDocumentClaims(actor: SessionActor, documentId: string): ClaimView[] {
  const q = reader();
  const access = loadDocument(q, actor, documentId, "project:read");
  return buildClaimViews(q, listClaimRowsByDocumentId(q, { documentId }), { documentId }, access);
}
