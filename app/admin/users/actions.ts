"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/action-result";
import { createUserSchema, rowIdSchema, setDisabledFormSchema } from "@/lib/validation/accounts";
import { clearSignInThrottle } from "@/services/clear-sign-in-throttle";
import { createUser } from "@/services/create-user";
import { resetUserPassword } from "@/services/reset-user-password";
import { setUserDisabled } from "@/services/set-user-disabled";
import { runAction } from "../../_lib/action";

export async function createUserAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(form, createUserSchema, async (actor, input) => {
    await createUser(actor, input);
    return undefined;
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

/** Resets the account's password: the temporary one is answered once, for the admin to hand over. */
export async function resetPasswordAction(
  _state: FormState<{ temporaryPassword: string }>,
  form: FormData,
): Promise<FormState<{ temporaryPassword: string }>> {
  const result = await runAction(form, rowIdSchema, async (actor, input) => {
    const { temporaryPassword } = await resetUserPassword(actor, input.id);
    return { temporaryPassword };
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function setDisabledAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(form, setDisabledFormSchema, (actor, input) => {
    setUserDisabled(actor, input.id, input.disabled);
    return undefined;
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function clearThrottleAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(form, rowIdSchema, (actor, input) => {
    clearSignInThrottle(actor, input.id);
    return undefined;
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
