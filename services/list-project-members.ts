import "server-only";
import { listMembersByProjectId, type MemberWithUser } from "@/db/queries/projects";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";

/** The project's members with their roles; any member may read them. */
export function listProjectMembers(actor: SessionActor, projectId: string): MemberWithUser[] {
  const q = reader();
  authorizeProject(q, actor, projectId, "project:read");
  return listMembersByProjectId(q, { projectId });
}
