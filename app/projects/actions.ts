"use server";

import type { FormState } from "@/lib/action-result";
import { createProjectSchema } from "@/lib/validation/projects";
import { createProject } from "@/services/create-project";
import { runAction } from "../_lib/action";
import { redirectTo } from "../_lib/redirect";

export async function createProjectAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(form, createProjectSchema, (actor, input) => createProject(actor, input).id, {
    transform: (raw) => ({ name: raw.name, blindReview: raw.blindReview === "on" }),
  });
  if (!result.ok) return result;
  redirectTo(`/projects/${encodeURIComponent(result.data)}`);
}
