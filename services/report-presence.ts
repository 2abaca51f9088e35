import "server-only";
import { notFound } from "@/lib/errors";
import { quoteSnippet } from "@/lib/notifications/describe";
import type { PresenceInput } from "@/lib/validation/presence";
import { getClaimRowById } from "@/db/queries/claims";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { loadDocument } from "./support/load-document";
import { setOpenClaim } from "./support/presence";

/**
 * A page of the document says which claim its reader has open (`POST
 * /api/v1/documents/:id/presence`), for the others on the page to see. The claim must be a
 * live claim of this document (else 404); a tab with no open stream changes nothing.
 */
export function reportPresence(actor: SessionActor, documentId: string, input: PresenceInput): void {
  const q = reader();
  loadDocument(q, actor, documentId, "project:read");
  let claim: { claimId: string; quote: string } | null = null;
  if (input.claimId !== null) {
    const row = getClaimRowById(q, { id: input.claimId });
    if (!row || row.documentId !== documentId) throw notFound("Claim");
    claim = { claimId: row.id, quote: quoteSnippet(row.exact, 60) };
  }
  setOpenClaim(documentId, actor, input.tab, claim);
}
