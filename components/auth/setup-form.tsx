"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import { Field } from "../ui/field";
import { FormAlert, fieldErrorsOf, submittedValue } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export function SetupForm({
  action,
  needsCode,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** Setting up from another machine: ask for the one-time code printed in the server's log. */
  needsCode: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormAlert state={state} />
      <Field
        label="Name"
        name="name"
        defaultValue={submittedValue(state, "name")}
        autoComplete="name"
        required
        errors={fieldErrorsOf(state, "name")}
      />
      <Field
        label="Email"
        name="email"
        defaultValue={submittedValue(state, "email")}
        type="email"
        autoComplete="email"
        required
        errors={fieldErrorsOf(state, "email")}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters."
        errors={fieldErrorsOf(state, "password")}
      />
      {needsCode ? (
        <Field
          label="Setup code"
          name="setupCode"
          autoComplete="off"
          required
          hint="Printed in the server's log when it started, such as ABCD-EFGH-JKLM."
          errors={fieldErrorsOf(state, "setupCode")}
        />
      ) : null}
      <SubmitButton pendingLabel="Creating…">Create admin account</SubmitButton>
    </form>
  );
}
