import "server-only";
import type { ResolutionInput } from "@/lib/validation/claims";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import type { ExpectedVersion } from "./support/check-version";
import { claimViewAfterWrite } from "./support/claim-views";
import { publishDocumentEvent } from "./support/live-events";
import { loadClaim } from "./support/load-claim";
import { announceNotifications } from "./support/notify";
import type { VerdictResult } from "./support/rating-result";
import { writeResolution } from "./support/write-resolution";

/**
 * The editor's final verdict: what reports and ClaimReview publish. Marks the claim resolved and
 * clears its flag. `expected` is the resolution's own version (0 before there is one), as
 * `resolution.version` of the claim object gives it.
 */
export function resolveClaim(
  actor: SessionActor,
  claimId: string,
  input: ResolutionInput,
  expected: ExpectedVersion,
): VerdictResult {
  const result = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "resolution:give");
    const { notified, ...verdict } = writeResolution(tx, context, input, expected);
    return { claim: claimViewAfterWrite(tx, context, claimId), verdict, notified };
  });
  announceNotifications(result.notified);
  publishDocumentEvent(
    result.claim.documentId,
    result.verdict.created ? "resolution.created" : "resolution.updated",
    claimId,
  );
  return { claim: result.claim, verdict: result.verdict };
}
