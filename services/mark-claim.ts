import "server-only";
import { randomUUID } from "node:crypto";
import type { ClaimView } from "@/lib/claims/types";
import type { CreateClaimInput } from "@/lib/validation/claims";
import { insertClaim } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inGroupedTransaction, inTransaction, type Tx } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { scheduleClaimSearchCatchUp } from "./support/claim-search-index";
import { buildClaimView } from "./support/claim-views";
import { loadDocument } from "./support/load-document";
import { locateOnRevision } from "./support/locate-on-revision";
import { publishDocumentEvent } from "./support/live-events";

/** The claim and its audit event, written in `tx`; the claim as the actor sees it. */
function writeClaim(tx: Tx, actor: SessionActor, documentId: string, input: CreateClaimInput): ClaimView {
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
}

/** What follows a claim's commit: the live update, and its indexing for search soon after. */
function afterCommit(documentId: string, view: ClaimView): ClaimView {
  publishDocumentEvent(documentId, "claim.created", view.id);
  scheduleClaimSearchCatchUp();
  return view;
}

/**
 * Marks a claim on the current revision of a document from W3C selectors: the quote is found
 * exactly, then with typographic characters folded; prefix and suffix pick among repeats.
 */
export function markClaim(actor: SessionActor, documentId: string, input: CreateClaimInput): ClaimView {
  return afterCommit(
    documentId,
    inTransaction((tx) => writeClaim(tx, actor, documentId, input)),
  );
}

/**
 * The same, committed together with the other writes of the same moment (group commit,
 * db/queries/transaction.ts): what the API uses, where clients mark claims in quick succession.
 */
export async function markClaimGrouped(
  actor: SessionActor,
  documentId: string,
  input: CreateClaimInput,
): Promise<ClaimView> {
  return afterCommit(documentId, await inGroupedTransaction((tx) => writeClaim(tx, actor, documentId, input)));
}
