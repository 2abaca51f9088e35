import "server-only";
import { canInProject, canSeeProject, type ProjectAction, type ProjectRole } from "@/lib/auth/policy";
import { forbidden, notFound } from "@/lib/errors";
import { getMembershipRole, getProjectById, type ProjectRow } from "@/db/queries/projects";
import type { Executor } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";

/**
 * Loads the project and checks the actor may take `action` in it. A project the actor cannot
 * see at all is reported as not found, so its existence is not revealed.
 */
export function authorizeProject(
  q: Executor,
  actor: SessionActor,
  projectId: string,
  action: ProjectAction,
): { project: ProjectRow; role: ProjectRole | null } {
  const project = getProjectById(q, { id: projectId });
  if (!project) throw notFound("Project");
  const role = getMembershipRole(q, { projectId, userId: actor.userId });
  if (!canSeeProject(actor, role)) throw notFound("Project");
  if (!canInProject(actor, role, action)) throw forbidden(forbiddenMessage(action));
  return { project, role };
}

function forbiddenMessage(action: ProjectAction): string {
  const [entity, verb] = action.split(":");
  return `Your role in this project does not allow you to ${verb ?? "do"} ${entity ?? "that"}.`;
}
