import "server-only";
import { randomUUID } from "node:crypto";
import type { VerdictInput } from "@/lib/validation/claims";
import { updateClaim } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import { getResolution, getVerdict, insertVerdict, updateVerdict } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { claimViewAfterWrite } from "./support/claim-views";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds, loadClaim } from "./support/load-claim";
import { assertRating, type VerdictResult } from "./support/rating-result";

/**
 * Records the actor's own verdict on a claim (one current verdict per reviewer; earlier ones
 * stay in the history). An open claim goes in review; a resolved claim goes back in review
 * when the new verdict disagrees with its resolution.
 */
export function giveVerdict(
  actor: SessionActor,
  claimId: string,
  input: VerdictInput,
  expected: ExpectedVersion,
): VerdictResult {
  const result = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "verdict:give");
    const { claim, project } = context;
    assertRating(project, input.rating);
    const existing = getVerdict(tx, { claimId, userId: actor.userId });
    checkVersion(existing?.version ?? 0, expected, { required: false, what: "verdict" });
    const values = { rating: input.rating, confidence: input.confidence, rationale: input.rationale };
    const verdict = existing
      ? updateVerdict(tx, { id: existing.id, values })
      : insertVerdict(tx, { id: randomUUID(), claimId, userId: actor.userId, ...values });
    const ids = claimEventIds(context);
    insertEvent(tx, {
      ...ids,
      entityType: "verdict",
      entityId: verdict.id,
      action: existing ? "updated" : "created",
      before: existing ?? null,
      after: verdict,
    });

    const resolution = getResolution(tx, { claimId });
    const nextStatus =
      claim.status === "open"
        ? "in-review"
        : claim.status === "resolved" && resolution && resolution.rating !== input.rating
          ? "in-review"
          : null;
    if (nextStatus) {
      updateClaim(tx, { id: claimId, changes: { status: nextStatus } });
      insertEvent(tx, {
        ...ids,
        entityType: "claim",
        entityId: claimId,
        action: "updated",
        before: { status: claim.status },
        after: { status: nextStatus },
      });
    }
    return {
      claim: claimViewAfterWrite(tx, context, claimId),
      verdict: { version: verdict.version, created: !existing },
    };
  });
  publishDocumentEvent(
    result.claim.documentId,
    result.verdict.created ? "verdict.created" : "verdict.updated",
    claimId,
  );
  return result;
}
