import "server-only";
import { randomUUID } from "node:crypto";
import { locateNewClaim, type LocateError } from "@/lib/anchoring/locate-quote";
import type { ClaimView } from "@/lib/claims/types";
import { AppError, notFound } from "@/lib/errors";
import type { CreateClaimInput } from "@/lib/validation/claims";
import { insertClaim } from "@/db/queries/claims";
import { getRevisionText } from "@/db/queries/documents";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { buildClaimView } from "./support/claim-views";
import { loadDocument } from "./support/load-document";
import { publishDocumentEvent } from "./support/live-events";

const locateMessages: Record<LocateError, string> = {
  "not-found": "The quote does not occur in the document's current text.",
  "out-of-range": "The position is outside the document's text.",
  mismatch: "The quote is not at that position, nor anywhere in the document.",
  empty: "The selector covers no text.",
  "invalid-text": "The quote or its prefix or suffix is not valid text (a lone surrogate, NUL or a noncharacter).",
};

/**
 * Marks a claim on the current revision of a document from W3C selectors: the quote is found
 * exactly, then with typographic characters folded; prefix and suffix pick among repeats.
 */
export function markClaim(actor: SessionActor, documentId: string, input: CreateClaimInput): ClaimView {
  const view = inTransaction((tx) => {
    const access = loadDocument(tx, actor, documentId, "claim:create");
    const number = access.document.revision;
    const text = getRevisionText(tx, { documentId, number });
    if (text === undefined) throw notFound("Document revision");
    const located = locateNewClaim(text, input.selector);
    if ("error" in located) {
      throw new AppError("invalid", locateMessages[located.error], { fields: { selector: [locateMessages[located.error]] } });
    }
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
    return buildClaimView(tx, claim, access);
  });
  publishDocumentEvent(documentId, "claim.created", view.id);
  return view;
}
