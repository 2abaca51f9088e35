import "server-only";
import type { PlacedClaim } from "@/lib/claims/queue";
import type { Rating } from "@/lib/ratings";
import { listClaimRowsAwaitingAdjudication } from "@/db/queries/claims";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { buildPlacedClaims } from "./support/placed-claims";

export type Adjudication = {
  project: { id: string; name: string; ratingScale: Rating[] };
  /**
   * The claims to adjudicate, in the project's order (documents newest first, each in text
   * order): those flagged (a verdict given since the resolution disagrees with it) and the
   * unresolved ones whose reviewers gave different ratings.
   */
  claims: PlacedClaim[];
};

/** A project's adjudication list, for an editor (`resolution:give`); 404 to a non-member, 403 to others. */
export function openAdjudication(actor: SessionActor, projectId: string): Adjudication {
  return readTransaction((q) => {
    const access = authorizeProject(q, actor, projectId, "resolution:give");
    const { project } = access;
    const rows = listClaimRowsAwaitingAdjudication(q, { projectId });
    return {
      project: { id: project.id, name: project.name, ratingScale: project.ratingScale },
      claims: buildPlacedClaims(q, rows, new Map([[projectId, access]])),
    };
  });
}
