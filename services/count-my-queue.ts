import "server-only";
import { countQueueClaims } from "@/db/queries/claims";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { adjudicatedIn, queueProjects } from "./support/queue-projects";

/** How many claims the actor's queue holds (as `getMyQueue` lists them), for the header's count. */
export function countMyQueue(actor: SessionActor): number {
  const q = reader();
  return countQueueClaims(q, { userId: actor.userId, flaggedInProjectIds: adjudicatedIn(queueProjects(q, actor)) });
}
