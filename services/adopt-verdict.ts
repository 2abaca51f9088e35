import "server-only";
import { AppError } from "@/lib/errors";
import type { AdoptVerdictInput } from "@/lib/validation/claims";
import { inTransaction } from "@/db/queries/transaction";
import { listVerdictsInScope } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import type { ExpectedVersion } from "./support/check-version";
import { claimViewAfterWrite } from "./support/claim-views";
import { publishDocumentEvent } from "./support/live-events";
import { loadClaim } from "./support/load-claim";
import { announceNotifications } from "./support/notify";
import type { VerdictResult } from "./support/rating-result";
import { writeResolution } from "./support/write-resolution";

/**
 * Adjudication in one action: an editor resolves the claim as one reviewer's current verdict,
 * its rating and rationale copied into the resolution (a verdict without a rationale gives one
 * that names whose verdict it was). The verdict is read inside the write, so what is adopted is
 * the verdict as it is now, not as the editor's page last showed it.
 */
export function adoptVerdict(
  actor: SessionActor,
  claimId: string,
  input: AdoptVerdictInput,
  expected: ExpectedVersion,
): VerdictResult {
  const result = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "resolution:give");
    const verdict = listVerdictsInScope(tx, { claimIds: [claimId] }).find((v) => v.userId === input.userId);
    if (!verdict) {
      throw new AppError("invalid", "That reviewer has not rated this claim.", {
        fields: { userId: ["has no verdict on this claim"] },
      });
    }
    const rationale = verdict.rationale?.trim() || `Resolved as ${verdict.userName}'s verdict.`;
    const { notified, ...written } = writeResolution(tx, context, { rating: verdict.rating, rationale }, expected);
    return { claim: claimViewAfterWrite(tx, context, claimId), verdict: written, notified };
  });
  announceNotifications(result.notified);
  publishDocumentEvent(
    result.claim.documentId,
    result.verdict.created ? "resolution.created" : "resolution.updated",
    claimId,
  );
  return { claim: result.claim, verdict: result.verdict };
}
