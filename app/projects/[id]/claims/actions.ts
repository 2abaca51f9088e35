"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/action-result";
import { assignClaimsSchema } from "@/lib/validation/claims";
import { assignClaims, type AssignClaimsResult } from "@/services/assign-claims";
import { runValueAction } from "../../../_lib/action";

/**
 * The explorer's bulk assignment: the rows ticked (`claimIds`, one field per claim, tied to the
 * form by their `form` attribute) go to the member chosen (`assigneeId`; blank for nobody).
 */
export async function assignClaimsAction(
  projectId: string,
  _state: FormState<AssignClaimsResult>,
  form: FormData,
): Promise<FormState<AssignClaimsResult>> {
  const assignee = form.get("assigneeId");
  const value = {
    claimIds: form.getAll("claimIds").filter((v): v is string => typeof v === "string"),
    assigneeId: typeof assignee === "string" && assignee !== "" ? assignee : null,
  };
  const result = await runValueAction(value, assignClaimsSchema, (actor, input) =>
    assignClaims(actor, projectId, input),
  );
  if (result.ok) revalidatePath(`/projects/${projectId}/claims`);
  return result;
}
