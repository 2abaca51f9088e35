import "server-only";
import { notFound } from "@/lib/errors";
import { getMemberWithUser, type MemberWithUser } from "@/db/queries/projects";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";

/** One member of the project; 404 when the user is not one. */
export function getProjectMember(actor: SessionActor, projectId: string, userId: string): MemberWithUser {
  const q = reader();
  authorizeProject(q, actor, projectId, "project:read");
  const member = getMemberWithUser(q, { projectId, userId });
  if (!member) throw notFound("Member");
  return member;
}
