"use server";

import { headers } from "next/headers";
import type { FormState } from "@/lib/action-result";
import { getConfig } from "@/lib/config";
import { isFromThisMachine } from "@/lib/http/forwarded";
import { setupSchema } from "@/lib/validation/accounts";
import { setUpInstance } from "@/services/set-up-instance";
import { signIn } from "@/services/sign-in";
import { runPublicAction } from "../_lib/action";
import { redirectTo } from "../_lib/redirect";
import { setDeviceCookie, setSessionCookie, signInContext } from "../_lib/session";

export async function setUpAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runPublicAction(form, setupSchema, async (input) => {
    const config = getConfig();
    const { demoProjectId } = await setUpInstance(input, {
      withDemo: config.isDemoEnabled,
      from: isFromThisMachine(await headers(), config) ? "this-machine" : "elsewhere",
    });
    const session = await signIn({ email: input.email, password: input.password }, await signInContext());
    await setSessionCookie(session.token, session.expiresAt);
    if (session.deviceCookie) await setDeviceCookie(session.deviceCookie);
    return demoProjectId;
  });
  if (!result.ok) return result;
  redirectTo(result.data ? `/projects/${encodeURIComponent(result.data)}` : "/projects");
}
