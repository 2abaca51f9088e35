import "server-only";
import { can, type ProjectRole } from "@/lib/auth/policy";
import type { Project } from "@/db/schema";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";

export type ProjectPermissions = {
  createDocument: boolean;
  manageMembers: boolean;
  editDocument: boolean;
  editProject: boolean;
  /** Resolve claims, so work through the adjudication list. */
  adjudicate: boolean;
};

export type ProjectView = Project & {
  role: ProjectRole | null;
  /** What the actor may do here, as the policy answers it, for pages to show or hide controls. */
  permissions: ProjectPermissions;
};

/** A project the actor can see, with their role and permissions in it; 404 otherwise. */
export function getProject(actor: SessionActor, projectId: string): ProjectView {
  const { project, role } = authorizeProject(reader(), actor, projectId, "project:read");
  const inProject = { kind: "project", role } as const;
  return {
    ...project,
    role,
    permissions: {
      createDocument: can(actor, "document:create", inProject),
      manageMembers: can(actor, "member:manage", inProject),
      editDocument: can(actor, "document:edit", inProject),
      editProject: can(actor, "project:edit", inProject),
      adjudicate: can(actor, "resolution:give", inProject),
    },
  };
}
