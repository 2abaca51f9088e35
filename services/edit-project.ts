import "server-only";
import type { UpdateProjectInput } from "@/lib/validation/projects";
import { insertEvent } from "@/db/queries/events";
import { updateProject, type ProjectChanges } from "@/db/queries/projects";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { toProjectResource, type ProjectResource } from "./support/project-resource";

/**
 * Renames a project or sets its organisation (the publisher named by its ClaimReview), for an
 * editor; refused with 428 without the version the writer saw and 412 when it moved. A change
 * is recorded with its audit event; one that changes nothing writes nothing.
 */
export function editProject(
  actor: SessionActor,
  projectId: string,
  input: UpdateProjectInput,
  expected: ExpectedVersion,
): ProjectResource {
  return inTransaction((tx) => {
    const { project, role } = authorizeProject(tx, actor, projectId, "project:edit");
    const changes: ProjectChanges = {};
    if (input.name !== undefined && input.name !== project.name) changes.name = input.name;
    if (input.organization !== undefined) {
      const name = input.organization?.name ?? null;
      const url = input.organization?.url ?? null;
      if (name !== project.organizationName) changes.organizationName = name;
      if (url !== project.organizationUrl) changes.organizationUrl = url;
    }
    checkVersion(project.version, expected, { required: true, what: "project" });
    const keys = Object.keys(changes) as (keyof ProjectChanges)[];
    if (keys.length === 0) return toProjectResource(project, role);

    const updated = updateProject(tx, { id: projectId, changes });
    insertEvent(tx, {
      actorId: actor.userId,
      projectId,
      entityType: "project",
      entityId: projectId,
      action: "updated",
      before: Object.fromEntries(keys.map((k) => [k, project[k]])),
      after: Object.fromEntries(keys.map((k) => [k, updated[k]])),
    });
    return toProjectResource(updated, role);
  });
}
