import "server-only";
import type { ClaimView } from "@/lib/claims/types";
import { AppError } from "@/lib/errors";
import type { UpdateClaimInput } from "@/lib/validation/claims";
import { updateClaim, type ClaimChanges } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import { getResolution } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { claimViewAfterWrite } from "./support/claim-views";
import { publishDocumentEvent } from "./support/live-events";
import { announceNotifications, writeNotifications } from "./support/notify";
import { assignmentChanges, assertAssignable } from "./support/assignee";
import { requirePermission } from "./support/authorize-project";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { loadClaimObject } from "./support/claim-object";
import { claimEventIds, loadClaim } from "./support/load-claim";

/**
 * Edits a claim's wording, claimant, status or assignee; refused if it changed meanwhile. Each
 * part asks the policy: `claim:edit` for the words, `claim:assign` for the assignee (editors),
 * `claim:set-status` for a status moved by hand (editors; resolved only with a resolution).
 * A new assignee is notified.
 */
export function editClaim(
  actor: SessionActor,
  claimId: string,
  input: UpdateClaimInput,
  expected: ExpectedVersion,
): ClaimView {
  const { view, notified } = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "project:read");
    const { claim, project } = context;
    requirePermission(actor, "claim:edit", loadClaimObject(tx, claim, context.role));

    const changes: ClaimChanges = {};
    if (input.claimText !== undefined) changes.claimText = input.claimText;
    if (input.claimant !== undefined) changes.claimant = input.claimant;
    if (input.assigneeId !== undefined && input.assigneeId !== claim.assigneeId) {
      requirePermission(
        actor,
        "claim:assign",
        { kind: "project", role: context.role },
        "Only an editor assigns claims.",
      );
      if (input.assigneeId !== null) assertAssignable(tx, project.id, input.assigneeId);
      Object.assign(changes, assignmentChanges(input.assigneeId));
    }
    if (input.status !== undefined && input.status !== claim.status) {
      requirePermission(
        actor,
        "claim:set-status",
        { kind: "status-change", role: context.role, from: claim.status, to: input.status, cause: "edit" },
        "Only an editor moves a claim's status by hand: a first verdict puts it in review, a resolution resolves it.",
      );
      if (input.status === "resolved") {
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
    const assignee = changes.assigneeId;
    const notified = assignee
      ? writeNotifications(tx, { ...claimEventIds(context), kind: "assignment" }, [assignee])
      : [];
    return { view: claimViewAfterWrite(tx, context, claimId), notified };
  });
  publishDocumentEvent(view.documentId, "claim.updated", claimId);
  announceNotifications(notified);
  return view;
}

function pick<T extends object>(row: T, keys: string[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k]])) as Partial<T>;
}
