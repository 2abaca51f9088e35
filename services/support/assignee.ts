import "server-only";
import { can, type ProjectRole } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { getMembershipRole } from "@/db/queries/projects";
import type { Executor } from "@/db/queries/transaction";
import { getUserById } from "@/db/queries/users";

/**
 * Whether a project member's role lets them give verdicts, as the policy answers it (their
 * instance role aside): who may be assigned claims, and who counts as a reviewer.
 */
export function givesVerdicts(member: { userId: string; role: ProjectRole }): boolean {
  return can({ userId: member.userId, instanceRole: "member" }, "verdict:give", { kind: "project", role: member.role });
}

/**
 * Refuses (422, on `assigneeId`) to give a project's claim to someone who could not work on it:
 * the assignee must be a member of the project whose role lets them give a verdict.
 */
export function assertAssignable(q: Executor, projectId: string, userId: string): void {
  const role = getMembershipRole(q, { projectId, userId });
  const user = role === null ? undefined : getUserById(q, { id: userId });
  if (!user || role === null) {
    throw new AppError("invalid", "The assignee must be a member of the project.", {
      fields: { assigneeId: ["is not a member of this project"] },
    });
  }
  if (!can({ userId, instanceRole: user.role }, "verdict:give", { kind: "project", role })) {
    throw new AppError("invalid", `${user.name} is a ${role} here and cannot give verdicts.`, {
      fields: { assigneeId: ["cannot give verdicts in this project"] },
    });
  }
}

/** The assignment columns for giving a claim to `assigneeId` now (or to nobody). */
export function assignmentChanges(assigneeId: string | null): { assigneeId: string | null; assignedAt: string | null } {
  return { assigneeId, assignedAt: assigneeId === null ? null : new Date().toISOString() };
}
