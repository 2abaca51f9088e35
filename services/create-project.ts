import "server-only";
import { randomUUID } from "node:crypto";
import { defaultRatingScale } from "@/lib/ratings";
import type { CreateProjectInput } from "@/lib/validation/projects";
import { insertEvent } from "@/db/queries/events";
import { insertMember, insertProject, type ProjectRow } from "@/db/queries/projects";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";

/** Creates a project; its creator becomes its editor. */
export function createProject(actor: SessionActor, input: CreateProjectInput): ProjectRow {
  requirePermission(actor, "project:create", { kind: "instance" });
  return inTransaction((tx) => {
    const project = insertProject(tx, {
      id: randomUUID(),
      name: input.name,
      ratingScale: input.ratingScale ?? defaultRatingScale,
      isBlindReview: input.blindReview ?? true,
      createdBy: actor.userId,
    });
    insertMember(tx, { projectId: project.id, userId: actor.userId, role: "editor" });
    insertEvent(tx, { actorId: actor.userId, projectId: project.id, entityType: "project", entityId: project.id, action: "created", after: project });
    return project;
  });
}
