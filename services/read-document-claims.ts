import "server-only";
import type { ClaimView } from "@/lib/claims/types";
import { listClaimRowsByDocumentId } from "@/db/queries/claims";
import { latestEventIdByDocumentId } from "@/db/queries/events";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { buildClaimViews } from "./support/claim-views";
import { loadDocument } from "./support/load-document";

export type DocumentClaims = {
  /** The revision the claims' offsets refer to. */
  revision: number;
  /** The newest audit event of the document: the claims include everything up to it. */
  eventsAfter: number;
  claims: ClaimView[];
};

/**
 * Every live claim of a document as the actor may see them (text order, orphaned last), with the
 * revision they are anchored to and where the document's live stream resumes, read in one
 * snapshot: the document page's claims, which it loads beside its text.
 */
export function readDocumentClaims(actor: SessionActor, documentId: string): DocumentClaims {
  return readTransaction((q) => {
    const access = loadDocument(q, actor, documentId, "project:read");
    return {
      revision: access.document.revision,
      eventsAfter: latestEventIdByDocumentId(q, { documentId }),
      claims: buildClaimViews(q, listClaimRowsByDocumentId(q, { documentId }), { documentId }, access),
    };
  });
}
