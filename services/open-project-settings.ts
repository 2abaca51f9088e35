import "server-only";
import { readTransaction } from "@/db/queries/transaction";
import { countRatingUsesByProjectId } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { toProjectResource, type ProjectResource } from "./support/project-resource";

export type ProjectSettingsView = {
  project: ProjectResource;
  /** How many verdicts and resolutions use each rating of the scale now (a rating in use cannot be taken off it). */
  ratingUses: Record<string, { verdicts: number; resolutions: number }>;
};

/** The settings page of a project, for an editor (`project:edit`): 403 to other members, 404 to others. */
export function openProjectSettings(actor: SessionActor, projectId: string): ProjectSettingsView {
  return readTransaction((q) => {
    const { project, role } = authorizeProject(q, actor, projectId, "project:edit");
    const uses = countRatingUsesByProjectId(q, { projectId, ratings: project.ratingScale.map((r) => r.key) });
    return {
      project: toProjectResource(project, role),
      ratingUses: Object.fromEntries(
        project.ratingScale.map((r) => [r.key, uses.get(r.key) ?? { verdicts: 0, resolutions: 0 }]),
      ),
    };
  });
}
