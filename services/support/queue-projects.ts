import "server-only";
import { can } from "@/lib/auth/policy";
import { listProjectRowsForUser } from "@/db/queries/projects";
import type { Executor } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import type { ProjectAccess } from "./authorize-project";

/**
 * The projects whose work comes to the actor's queue: those they are a member of (an admin's
 * queue is theirs as a member too, not every project of the instance), with their access.
 */
export function queueProjects(q: Executor, actor: SessionActor): Map<string, ProjectAccess> {
  return new Map(
    listProjectRowsForUser(q, { userId: actor.userId, isAdmin: false }).map(({ project, role }) => [
      project.id,
      { actor, role, project },
    ]),
  );
}

/** Of those, the projects where the actor resolves claims, so adjudicates the flagged ones. */
export function adjudicatedIn(accesses: Map<string, ProjectAccess>): string[] {
  return [...accesses.values()]
    .filter(({ actor, role }) => can(actor, "resolution:give", { kind: "project", role }))
    .map((a) => a.project.id);
}
