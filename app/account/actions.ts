"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/action-result";
import { changePasswordSchema, createOwnTokenSchema, rowIdSchema } from "@/lib/validation/accounts";
import { changePassword } from "@/services/change-password";
import { createOwnApiToken } from "@/services/create-own-api-token";
import { revokeApiToken } from "@/services/revoke-api-token";
import type { IssuedApiToken } from "@/services/support/issue-api-token";
import { runAction } from "../_lib/action";
import { redirectTo } from "../_lib/redirect";

export type PasswordChanged = { sessionsEnded: number; tokensRevoked: number };

/** Changes the signed-in person's password; their other sessions and tokens end, this one stays. */
export async function changePasswordAction(
  _state: FormState<PasswordChanged>,
  form: FormData,
): Promise<FormState<PasswordChanged>> {
  const result = await runAction(form, changePasswordSchema, (actor, input) => changePassword(actor, input));
  if (result.ok) revalidatePath("/account");
  return result;
}

/** The page an admin's reset sends to: the one action allowed until a new password is chosen. */
export async function choosePasswordAction(
  _state: FormState<PasswordChanged>,
  form: FormData,
): Promise<FormState<PasswordChanged>> {
  const result = await runAction(form, changePasswordSchema, (actor, input) => changePassword(actor, input), {
    allowPendingPasswordChange: true,
  });
  if (!result.ok) return result;
  redirectTo("/projects");
}

/** A new personal API token, answered once so the page can show it. */
export async function createTokenAction(
  _state: FormState<IssuedApiToken>,
  form: FormData,
): Promise<FormState<IssuedApiToken>> {
  const result = await runAction(form, createOwnTokenSchema, (actor, input) => createOwnApiToken(actor, input));
  if (result.ok) revalidatePath("/account");
  return result;
}

export async function revokeTokenAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(form, rowIdSchema, (actor, input) => {
    revokeApiToken(actor, input.id);
    return undefined;
  });
  if (result.ok) revalidatePath("/account");
  return result;
}
