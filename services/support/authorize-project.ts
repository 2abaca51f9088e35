import "server-only";
import {
  can,
  canSeeProject,
  type Action,
  type Actor,
  type ObjectOf,
  type ProjectAction,
  type ProjectRole,
} from "@/lib/auth/policy";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { getMembershipRole, getProjectById } from "@/db/queries/projects";
import type { Project } from "@/db/schema";
import type { Executor } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";

/** Who is reading or writing in a project: the actor, their role there, and the project. */
export type ProjectAccess = { actor: SessionActor; role: ProjectRole | null; project: Project };

/**
 * Loads the project and checks the actor may take `action` in it. A project the actor cannot
 * see at all is reported as not found (as `what`, default "Project"), so its existence is not
 * revealed.
 */
export function authorizeProject(
  q: Executor,
  actor: SessionActor,
  projectId: string,
  action: ProjectAction,
  what = "Project",
): ProjectAccess {
  const project = getProjectById(q, { id: projectId });
  if (!project) throw notFound(what);
  const role = getMembershipRole(q, { projectId, userId: actor.userId });
  if (!canSeeProject(actor, role)) throw notFound(what);
  requirePermission(actor, action, { kind: "project", role });
  return { actor, role, project };
}

/** Asks the policy and refuses (403) with a message naming the action when it says no. */
export function requirePermission<A extends Action>(
  actor: Actor,
  action: A,
  object: ObjectOf<A>,
  message?: string,
): void {
  if (!can(actor, action, object)) throw forbidden(message ?? forbiddenMessage(action));
}

function forbiddenMessage(action: Action): string {
  const [entity, verb] = action.split(":");
  return `Your role in this project does not allow you to ${verb ?? "do"} ${entity ?? "that"}.`;
}

/** Re-raises a 404 as a 404 of `what`, so that a hidden project names the object asked for. */
export function asNotFound<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") throw notFound(what);
    throw error;
  }
}
