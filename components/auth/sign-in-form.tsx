"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import { Field } from "../ui/field";
import { FormAlert, fieldErrorsOf, submittedValue } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export function SignInForm({
  action,
  next,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  next?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormAlert state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field
        label="Email"
        name="email"
        defaultValue={submittedValue(state, "email")}
        type="email"
        autoComplete="username"
        required
        errors={fieldErrorsOf(state, "email")}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrorsOf(state, "password")}
      />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
