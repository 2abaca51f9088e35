import "server-only";
import { randomUUID } from "node:crypto";
import { defaultRatingScale } from "@/lib/ratings";
import type { CreateProjectInput } from "@/lib/validation/projects";
import { insertEvent } from "@/db/queries/events";
import { insertMember, insertProject } from "@/db/queries/projects";
import type { Project } from "@/db/schema";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";

/**
 * Creates a project; its creator becomes its editor. `isDemo` marks the project set up as the
 * demo (shown as such in the list of projects).
 */
export function createProject(
  actor: SessionActor,
  input: CreateProjectInput,
  options: { isDemo?: boolean } = {},
): Project {
  requirePermission(actor, "project:create", { kind: "instance" });
  return inTransaction((tx) => {
    const project = insertProject(tx, {
      id: randomUUID(),
      name: input.name,
      ratingScale: input.ratingScale ?? defaultRatingScale,
      isBlindReview: input.blindReview ?? true,
      isDemo: options.isDemo ?? false,
      createdBy: actor.userId,
    });
    insertMember(tx, { projectId: project.id, userId: actor.userId, role: "editor" });
    insertEvent(tx, {
      actorId: actor.userId,
      projectId: project.id,
      entityType: "project",
      entityId: project.id,
      action: "created",
      after: project,
    });
    return project;
  });
}
