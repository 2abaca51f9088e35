"use server";

import type { FormState } from "@/lib/action-result";
import { signInSchema } from "@/lib/validation/accounts";
import { signIn } from "@/services/sign-in";
import { runPublicAction } from "../_lib/action";
import { redirectTo } from "../_lib/redirect";
import { CHOOSE_PASSWORD_PATH, setDeviceCookie, setSessionCookie, signInContext } from "../_lib/session";

export async function signInAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runPublicAction(form, signInSchema, async (input) => {
    const session = await signIn(input, await signInContext());
    await setSessionCookie(session.token, session.expiresAt);
    if (session.deviceCookie) await setDeviceCookie(session.deviceCookie);
    return { mustChangePassword: session.mustChangePassword };
  });
  if (!result.ok) return { ...result };
  // A temporary password an admin set is changed before anything else.
  if (result.data.mustChangePassword) redirectTo(CHOOSE_PASSWORD_PATH);
  // Only a path on this site is followed, never another host (lib/http/safe-redirect.ts).
  const next = form.get("next");
  redirectTo(typeof next === "string" ? next : "/projects");
}
