"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/action-result";
import { createUserSchema } from "@/lib/validation/accounts";
import { createUser } from "@/services/create-user";
import { runAction } from "../../_lib/action";

export async function createUserAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(form, createUserSchema, async (actor, input) => {
    await createUser(actor, input);
    return undefined;
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
