import "server-only";
import { randomUUID } from "node:crypto";
import type { ClaimView } from "@/lib/claims/types";
import type { CreateClaimInput } from "@/lib/validation/claims";
import { insertClaim } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { buildClaimView } from "./support/claim-views";
import { loadDocument } from "./support/load-document";
import { locateOnRevision } from "./support/locate-on-revision";
import { publishDocumentEvent } from "./support/live-events";

/**
 * Marks a claim on the current revision of a document from W3C selectors: the quote is found
 * exactly, then with typographic characters folded; prefix and suffix pick among repeats.
 */
export function markClaim(actor: SessionActor, documentId: string, input: CreateClaimInput): ClaimView {
  const view = inTransaction((tx) => {
    const access = loadDocument(tx, actor, documentId, "claim:create");
    const number = access.document.revision;
    const located = locateOnRevision(tx, documentId, number, input.selector);
    const claim = insertClaim(tx, {
      id: randomUUID(),
      documentId,
      revision: number,
      exact: located.exact,
      prefix: located.prefix,
      suffix: located.suffix,
      start: located.start,
      end: located.end,
      claimText: input.claimText ?? located.exact,
      claimant: input.claimant,
      createdBy: actor.userId,
    });
    insertEvent(tx, {
      actorId: actor.userId,
      projectId: access.project.id,
      documentId,
      claimId: claim.id,
      entityType: "claim",
      entityId: claim.id,
      action: "created",
      after: claim,
    });
    return buildClaimView(tx, claim, access, { isNew: true });
  });
  publishDocumentEvent(documentId, "claim.created", view.id);
  return view;
}
