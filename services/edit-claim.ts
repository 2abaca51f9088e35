import "server-only";
import type { ClaimView } from "@/lib/claims/types";
import { AppError } from "@/lib/errors";
import type { UpdateClaimInput } from "@/lib/validation/claims";
import { updateClaim, type ClaimChanges } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { getMembershipRole } from "@/db/queries/projects";
import { inTransaction } from "@/db/queries/transaction";
import { getResolution } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { claimViewAfterWrite } from "./support/claim-views";
import { publishDocumentEvent } from "./support/live-events";
import { requirePermission } from "./support/authorize-project";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { loadClaimObject } from "./support/claim-object";
import { claimEventIds, loadClaim } from "./support/load-claim";

/** Edits a claim's wording, claimant, status or assignee; refused if it changed meanwhile. */
export function editClaim(
  actor: SessionActor,
  claimId: string,
  input: UpdateClaimInput,
  expected: ExpectedVersion,
): ClaimView {
  const view = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "project:read");
    const { claim, project } = context;
    requirePermission(actor, "claim:edit", loadClaimObject(tx, claim, context.role));

    const changes: ClaimChanges = {};
    if (input.claimText !== undefined) changes.claimText = input.claimText;
    if (input.claimant !== undefined) changes.claimant = input.claimant;
    if (input.assigneeId !== undefined) {
      if (
        input.assigneeId !== null &&
        getMembershipRole(tx, { projectId: project.id, userId: input.assigneeId }) === null
      ) {
        throw new AppError("invalid", "The assignee must be a member of the project.", {
          fields: { assigneeId: ["is not a member of this project"] },
        });
      }
      changes.assigneeId = input.assigneeId;
    }
    if (input.status !== undefined && input.status !== claim.status) {
      if (input.status === "resolved") {
        requirePermission(
          actor,
          "resolution:give",
          { kind: "project", role: context.role },
          "Only an editor can mark a claim resolved.",
        );
        if (!getResolution(tx, { claimId })) {
          throw new AppError("invalid", "Give the claim a resolution before marking it resolved.", {
            fields: { status: ["needs a resolution first"] },
          });
        }
      }
      changes.status = input.status;
    }
    // After the checks above: invalid input is a 422 whatever version was sent.
    checkVersion(claim.version, expected, { required: true, what: "claim" });
    const updated = updateClaim(tx, { id: claimId, changes });
    insertEvent(tx, {
      ...claimEventIds(context),
      entityType: "claim",
      entityId: claimId,
      action: "updated",
      before: pick(claim, Object.keys(changes)),
      after: pick(updated, Object.keys(changes)),
    });
    return claimViewAfterWrite(tx, context, claimId);
  });
  publishDocumentEvent(view.documentId, "claim.updated", claimId);
  return view;
}

function pick<T extends object>(row: T, keys: string[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k]])) as Partial<T>;
}
