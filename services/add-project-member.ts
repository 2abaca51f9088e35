import "server-only";
import type { ProjectRole } from "@/lib/auth/policy";
import type { AddMemberInput } from "@/lib/validation/projects";
import { AppError } from "@/lib/errors";
import { insertEvent } from "@/db/queries/events";
import { getMember, insertMember, updateMemberRole } from "@/db/queries/projects";
import { inTransaction } from "@/db/queries/transaction";
import { getUserById } from "@/db/queries/users";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";

export type MemberResult = { projectId: string; userId: string; role: ProjectRole; created: boolean };

/**
 * An editor adds a user to the project, or changes their role. `created` tells whether the
 * membership is new (201) or already existed (200).
 */
export function addProjectMember(actor: SessionActor, projectId: string, input: AddMemberInput): MemberResult {
  return inTransaction((tx) => {
    authorizeProject(tx, actor, projectId, "member:manage");
    const user = getUserById(tx, { id: input.userId });
    if (!user) throw new AppError("invalid", "No account has that id.", { fields: { userId: ["names no account"] } });
    const existing = getMember(tx, { projectId, userId: input.userId });
    if (existing) {
      if (existing.role === input.role) return { projectId, userId: input.userId, role: existing.role, created: false };
      const updated = updateMemberRole(tx, { projectId, userId: input.userId, role: input.role });
      insertEvent(tx, {
        actorId: actor.userId,
        projectId,
        entityType: "member",
        entityId: `${projectId}:${input.userId}`,
        action: "updated",
        before: existing,
        after: updated,
      });
      return { projectId, userId: input.userId, role: input.role, created: false };
    }
    const member = insertMember(tx, { projectId, userId: input.userId, role: input.role });
    insertEvent(tx, {
      actorId: actor.userId,
      projectId,
      entityType: "member",
      entityId: `${projectId}:${input.userId}`,
      action: "created",
      after: member,
    });
    return { projectId, userId: input.userId, role: input.role, created: true };
  });
}
