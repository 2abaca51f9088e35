import "server-only";
import type { ResolutionInput } from "@/lib/validation/claims";
import { updateClaim, type ClaimChanges } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import type { Tx } from "@/db/queries/transaction";
import { getResolution, upsertResolution } from "@/db/queries/verdicts";
import { listRaterIdsByClaimId } from "@/db/queries/notifications";
import { requirePermission } from "./authorize-project";
import { checkVersion, type ExpectedVersion } from "./check-version";
import { claimEventIds, type ClaimContext } from "./load-claim";
import { writeNotifications } from "./notify";
import { assertRating } from "./rating-result";

/**
 * Writes an editor's resolution of the claim in `context` (loaded with `resolution:give`), with
 * its audit events: the rating must be on the scale and not retired (unless it is the one the
 * resolution already has), then the resolution's version is checked. The claim is resolved, as
 * the policy's `claim:set-status` allows a resolution to, and any flag is cleared: resolving is
 * how an editor answers a verdict that disagreed. Everyone who rated the claim is notified
 * (`notified`, to announce after commit); what the notice says is decided when it is read, by
 * the reader's right to see the rating.
 */
export function writeResolution(
  tx: Tx,
  context: ClaimContext,
  input: ResolutionInput,
  expected: ExpectedVersion,
): { version: number; created: boolean; notified: string[] } {
  const { actor, claim, project, role } = context;
  const claimId = claim.id;
  const existing = getResolution(tx, { claimId });
  assertRating(project, input.rating, existing?.rating ?? null);
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

  const before: ClaimChanges = {};
  const after: ClaimChanges = {};
  if (claim.status !== "resolved") {
    requirePermission(actor, "claim:set-status", {
      kind: "status-change",
      role,
      from: claim.status,
      to: "resolved",
      cause: "resolution",
    });
    before.status = claim.status;
    after.status = "resolved";
  }
  if (claim.isFlagged) {
    before.isFlagged = true;
    after.isFlagged = false;
  }
  if (Object.keys(after).length > 0) {
    updateClaim(tx, { id: claimId, changes: after });
    insertEvent(tx, { ...ids, entityType: "claim", entityId: claimId, action: "updated", before, after });
  }
  const notified = writeNotifications(tx, { ...ids, kind: "resolution" }, listRaterIdsByClaimId(tx, { claimId }));
  return { version: resolution.version, created: !existing, notified };
}
