import "server-only";
import { notFound } from "@/lib/errors";
import type { AssignClaimsInput } from "@/lib/validation/claims";
import { listClaimRowsByIdsInProject, updateClaim } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { assignmentChanges, assertAssignable } from "./support/assignee";
import { authorizeProject } from "./support/authorize-project";
import { publishDocumentEvent } from "./support/live-events";
import { announceNotifications, writeNotifications } from "./support/notify";

/** What a bulk assignment did: the claims given to the assignee now, and those already theirs, in the order asked. */
export type AssignClaimsResult = { assigned: string[]; unchanged: string[] };

/**
 * Gives several claims of a project to one member (or to nobody), for an editor (`claim:assign`),
 * all or none in one transaction, each with its audit event. Every claim must be a live claim of
 * the project (else 404, nothing written), the assignee a member who may give verdicts (else
 * 422). It overwrites only the assignee, so it asks for no version: a claim someone else edited
 * meanwhile keeps their change and gets a new version, as after any write. The assignee is
 * notified of each claim newly theirs (unless they assigned it to themself).
 */
export function assignClaims(actor: SessionActor, projectId: string, input: AssignClaimsInput): AssignClaimsResult {
  const { result, changed, notified } = inTransaction((tx) => {
    authorizeProject(tx, actor, projectId, "claim:assign");
    if (input.assigneeId !== null) assertAssignable(tx, projectId, input.assigneeId);
    const rows = listClaimRowsByIdsInProject(tx, { projectId, ids: input.claimIds });
    if (rows.length !== input.claimIds.length) throw notFound("Some of the claims");
    const result: AssignClaimsResult = { assigned: [], unchanged: [] };
    const changed: { id: string; documentId: string }[] = [];
    const notified: string[] = [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const claim of input.claimIds.map((id) => byId.get(id)!)) {
      if (claim.assigneeId === input.assigneeId) {
        result.unchanged.push(claim.id);
        continue;
      }
      const changes = assignmentChanges(input.assigneeId);
      updateClaim(tx, { id: claim.id, changes });
      insertEvent(tx, {
        actorId: actor.userId,
        projectId,
        documentId: claim.documentId,
        claimId: claim.id,
        entityType: "claim",
        entityId: claim.id,
        action: "updated",
        before: { assigneeId: claim.assigneeId, assignedAt: claim.assignedAt },
        after: changes,
      });
      result.assigned.push(claim.id);
      changed.push({ id: claim.id, documentId: claim.documentId });
      if (input.assigneeId !== null) {
        const target = { projectId, documentId: claim.documentId, claimId: claim.id, actorId: actor.userId };
        notified.push(...writeNotifications(tx, { ...target, kind: "assignment" }, [input.assigneeId]));
      }
    }
    return { result, changed, notified };
  });
  for (const { id, documentId } of changed) publishDocumentEvent(documentId, "claim.updated", id);
  announceNotifications(notified);
  return result;
}
