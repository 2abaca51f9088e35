import "server-only";
import type { MyQueue } from "@/lib/claims/queue";
import { listFlaggedClaimRows, listOpenAssignedClaimRows } from "@/db/queries/claims";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { buildPlacedClaims } from "./support/placed-claims";
import { adjudicatedIn, queueProjects } from "./support/queue-projects";

/**
 * The actor's queue (My queue, `GET /api/v1/me/assignments`): their open assignments across
 * projects, longest assigned first, and where they are an editor the claims flagged for
 * adjudication; each claim object as they may see it. Read in one snapshot.
 */
export function getMyQueue(actor: SessionActor): MyQueue {
  return readTransaction((q) => {
    const accesses = queueProjects(q, actor);
    const assignments = buildPlacedClaims(q, listOpenAssignedClaimRows(q, { userId: actor.userId }), accesses);
    const listed = new Set(assignments.map((c) => c.id));
    const flaggedRows = listFlaggedClaimRows(q, { projectIds: adjudicatedIn(accesses) }).filter(
      (r) => !listed.has(r.claim.id),
    );
    const flagged = buildPlacedClaims(q, flaggedRows, accesses);
    const listedIn = new Set([...assignments, ...flagged].map((c) => c.projectId));
    const ratingScales = Object.fromEntries(
      [...listedIn].map((projectId) => [projectId, accesses.get(projectId)!.project.ratingScale]),
    );
    return { assignments, flagged, ratingScales };
  });
}
