"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/action-result";
import { signInSchema } from "@/lib/validation/accounts";
import { signIn } from "@/services/sign-in";
import { runPublicAction } from "../_lib/action";
import { setSessionCookie } from "../_lib/session";

/** Only same-site paths are followed after sign-in, never another host. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/projects";
}

export async function signInAction(_state: FormState, form: FormData): Promise<FormState> {
  const result = await runPublicAction(form, signInSchema, async (input) => {
    const session = await signIn(input);
    await setSessionCookie(session.token, session.expiresAt);
  });
  if (!result.ok) return result;
  redirect(safeNext(form.get("next")));
}
