import "server-only";
import { updateClaim } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { loadClaimObject } from "./support/claim-object";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds, loadClaim } from "./support/load-claim";

/**
 * Deletes a claim, as the policy allows (an editor any; a reviewer one they marked while
 * nobody else has worked on it). The row is kept (marked deleted) with its verdicts, so the
 * audit log can always show what was there.
 */
export function deleteClaim(actor: SessionActor, claimId: string, expected: ExpectedVersion): void {
  const documentId = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "project:read");
    const { claim } = context;
    requirePermission(
      actor,
      "claim:delete",
      loadClaimObject(tx, claim, context.role),
      "Only an editor, or the reviewer who marked it while nobody else has rated or discussed it, can delete a claim.",
    );
    checkVersion(claim.version, expected, { required: true, what: "claim" });
    updateClaim(tx, { id: claimId, changes: { deletedAt: new Date().toISOString() } });
    insertEvent(tx, {
      ...claimEventIds(context),
      entityType: "claim",
      entityId: claimId,
      action: "deleted",
      before: claim,
    });
    return claim.documentId;
  });
  publishDocumentEvent(documentId, "claim.deleted", claimId);
}
