import "server-only";
import { AppError } from "@/lib/errors";
import type { AddMemberInput } from "@/lib/validation/projects";
import { reader } from "@/db/queries/transaction";
import { getUserWithHashByEmail } from "@/db/queries/users";
import { addProjectMember, type MemberResult } from "./add-project-member";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";

/** The members page adds people by email; the account must exist (an admin creates it). */
export function addProjectMemberByEmail(
  actor: SessionActor,
  projectId: string,
  input: { email: string; role: AddMemberInput["role"] },
): MemberResult {
  authorizeProject(reader(), actor, projectId, "member:manage");
  const user = getUserWithHashByEmail(reader(), { email: input.email });
  if (!user) {
    throw new AppError("invalid", "No account has that email.", {
      fields: { email: ["names no account; an administrator creates accounts"] },
    });
  }
  return addProjectMember(actor, projectId, { userId: user.id, role: input.role });
}
