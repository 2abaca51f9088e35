import "server-only";
import { canInProject, type ProjectAction, type ProjectRole } from "@/lib/auth/policy";
import type { ProjectRow } from "@/db/queries/projects";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import { authorizeProject } from "./authorize-project";

export type ProjectView = ProjectRow & {
  role: ProjectRole | null;
  /** What the actor may do here, for the doors to show or hide controls (the check stays here). */
  can: Record<"createDocument" | "manageMembers" | "editDocument", boolean>;
};

export function getProject(actor: SessionActor, projectId: string): ProjectView {
  const { project, role } = authorizeProject(reader(), actor, projectId, "project:read");
  const can = (a: ProjectAction) => canInProject(actor, role, a);
  return {
    ...project,
    role,
    can: { createDocument: can("document:create"), manageMembers: can("member:manage"), editDocument: can("document:edit") },
  };
}

/** For pages that need one action: the project, or a refusal (404 / 403). */
export function authorizeProjectPage(actor: SessionActor, projectId: string, action: ProjectAction): ProjectRow {
  return authorizeProject(reader(), actor, projectId, action).project;
}
