import "server-only";
import { listMembersByProjectId, type MemberWithUser } from "@/db/queries/projects";
import type { Project } from "@/db/schema";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";

/** The members page: the project and its members, for those who may manage them (403 otherwise). */
export function openProjectMembers(
  actor: SessionActor,
  projectId: string,
): { project: Project; members: MemberWithUser[] } {
  return readTransaction((q) => {
    const { project } = authorizeProject(q, actor, projectId, "member:manage");
    return { project, members: listMembersByProjectId(q, { projectId }) };
  });
}
