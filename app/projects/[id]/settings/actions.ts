"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { projectSettingsFormSchema } from "@/lib/validation/projects";
import { editProject } from "@/services/edit-project";
import type { ProjectResource } from "@/services/support/project-resource";
import { runValueAction } from "../../../_lib/action";

/** Saves the settings page: the same change as `PATCH /api/v1/projects/:id`, with the version the page was loaded at. */
export async function saveProjectSettingsAction(
  projectId: string,
  value: unknown,
): Promise<ActionResult<ProjectResource>> {
  const result = await runValueAction(value, projectSettingsFormSchema, (actor, v) =>
    editProject(actor, projectId, v.input, v.version),
  );
  if (result.ok) revalidatePath(`/projects/${projectId}`, "layout");
  return result;
}
