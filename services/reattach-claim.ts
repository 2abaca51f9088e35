import "server-only";
import type { ClaimView } from "@/lib/claims/types";
import type { ReattachClaimInput } from "@/lib/validation/claim-anchor";
import { updateClaim, type ClaimChanges } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { Claim } from "@/db/schema";
import type { SessionActor } from "./support/actor";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { claimViewAfterWrite } from "./support/claim-views";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds, loadClaim } from "./support/load-claim";
import { locateOnRevision } from "./support/locate-on-revision";

/**
 * A person decides where a claim sits on the current text: on the words `input.selector` names
 * (found exactly as a new claim's words are; the claim becomes `exact` with score 1, since a
 * person confirmed the place), or nowhere (`orphaned`, its last quote kept). Either way the
 * alternatives a re-anchoring offered are settled and cleared. Refused as stale (412) when the
 * claim changed since the person saw it; `claim:reattach` (reviewers).
 */
export function reattachClaim(
  actor: SessionActor,
  claimId: string,
  input: ReattachClaimInput,
  expected: ExpectedVersion,
): ClaimView {
  const result = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "claim:reattach");
    const { claim, document } = context;
    const settled = { revision: document.revision, anchorAlternatives: null };
    let changes: ClaimChanges;
    if ("selector" in input) {
      const located = locateOnRevision(tx, document.id, document.revision, input.selector);
      changes = { ...located, anchorStatus: "exact", anchorScore: 1, ...settled };
    } else {
      changes = { start: null, end: null, anchorStatus: "orphaned", anchorScore: null, ...settled };
    }
    // After the selector is found: words that are not in the text are a 422 whatever the version.
    checkVersion(claim.version, expected, { required: true, what: "claim" });
    if (isUnchanged(claim, changes)) return { view: claimViewAfterWrite(tx, context, claimId), isChanged: false };

    updateClaim(tx, { id: claimId, changes });
    insertEvent(tx, {
      ...claimEventIds(context),
      entityType: "claim",
      entityId: claimId,
      action: "reattached",
      before: {
        revision: claim.revision,
        anchorStatus: claim.anchorStatus,
        anchorScore: claim.anchorScore,
        start: claim.start,
        end: claim.end,
        exact: claim.exact,
        ...(claim.anchorAlternatives?.length ? { alternatives: claim.anchorAlternatives } : {}),
      },
      after: {
        revision: document.revision,
        anchorStatus: changes.anchorStatus,
        anchorScore: changes.anchorScore,
        start: changes.start,
        end: changes.end,
        exact: changes.exact ?? claim.exact,
      },
    });
    return { view: claimViewAfterWrite(tx, context, claimId), isChanged: true };
  });
  if (result.isChanged) publishDocumentEvent(result.view.documentId, "claim.updated", claimId);
  return result.view;
}

/** The claim already sits where the person put it, with nothing left to choose: a repeated PUT. */
function isUnchanged(claim: Claim, changes: ClaimChanges): boolean {
  return (Object.keys(changes) as (keyof ClaimChanges)[]).every((key) => {
    const now =
      key === "anchorAlternatives" ? (claim.anchorAlternatives?.length ? claim.anchorAlternatives : null) : claim[key];
    return now === changes[key];
  });
}
