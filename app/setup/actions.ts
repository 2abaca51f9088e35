"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/action-result";
import { getConfig } from "@/lib/config";
import { setupSchema } from "@/lib/validation/accounts";
import { setUpInstance } from "@/services/set-up-instance";
import { signIn } from "@/services/sign-in";
import { runPublicAction } from "../_lib/action";
import { setSessionCookie } from "../_lib/session";

export async function setUpAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runPublicAction(form, setupSchema, async (input) => {
    const { demoProjectId } = await setUpInstance(input, { withDemo: getConfig().isDemoEnabled });
    const session = await signIn({ email: input.email, password: input.password });
    await setSessionCookie(session.token, session.expiresAt);
    return demoProjectId;
  });
  if (!result.ok) return result;
  redirect(result.data ? `/projects/${result.data}` : "/projects");
}
