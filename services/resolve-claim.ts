import "server-only";
import type { ResolutionInput } from "@/lib/validation/claims";
import { updateClaim } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import { getResolution, upsertResolution } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { claimViewAfterWrite } from "./support/claim-views";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds, loadClaim } from "./support/load-claim";
import { assertRating, type VerdictResult } from "./support/rating-result";

/** The editor's final verdict: what reports and ClaimReview publish. Marks the claim resolved. */
export function resolveClaim(
  actor: SessionActor,
  claimId: string,
  input: ResolutionInput,
  expected: ExpectedVersion,
): VerdictResult {
  const result = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "resolution:give");
    const { claim, project } = context;
    assertRating(project, input.rating);
    const existing = getResolution(tx, { claimId });
    checkVersion(existing?.version ?? 0, expected, { required: false, what: "resolution" });
    const resolution = upsertResolution(tx, {
      claimId,
      userId: actor.userId,
      rating: input.rating,
      rationale: input.rationale,
    });
    const ids = claimEventIds(context);
    insertEvent(tx, {
      ...ids,
      entityType: "resolution",
      entityId: claimId,
      action: existing ? "updated" : "created",
      before: existing ?? null,
      after: resolution,
    });
    if (claim.status !== "resolved") {
      updateClaim(tx, { id: claimId, changes: { status: "resolved" } });
      insertEvent(tx, {
        ...ids,
        entityType: "claim",
        entityId: claimId,
        action: "updated",
        before: { status: claim.status },
        after: { status: "resolved" },
      });
    }
    return {
      claim: claimViewAfterWrite(tx, context, claimId),
      verdict: { version: resolution.version, created: !existing },
    };
  });
  publishDocumentEvent(
    result.claim.documentId,
    result.verdict.created ? "resolution.created" : "resolution.updated",
    claimId,
  );
  return result;
}
