import "server-only";
import { canInProject } from "@/lib/auth/policy";
import { forbidden } from "@/lib/errors";
import { updateClaim } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import { publishDocumentEvent } from "./live-events";
import { checkVersion, claimEventIds, loadClaim, type ExpectedVersion } from "./load-claim";

/**
 * Deletes a claim: an editor may delete any, a reviewer only one they marked. The row is kept
 * (marked deleted) with its verdicts, so the audit log can always show what was there.
 */
export function deleteClaim(actor: SessionActor, claimId: string, expected: ExpectedVersion): void {
  const documentId = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "claim:read");
    const { claim, role } = context;
    const isOwn = claim.createdBy === actor.userId && canInProject(actor, role, "claim:edit");
    if (!canInProject(actor, role, "claim:delete") && !isOwn) {
      throw forbidden("Only an editor, or the reviewer who marked it, can delete a claim.");
    }
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
