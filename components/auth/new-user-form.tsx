"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import { Field, SelectField } from "../ui/field";
import { FormAlert, fieldErrorsOf, submittedValue } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export function NewUserForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, null);
  const e = (name: string) => fieldErrorsOf(state, name);
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded border border-stone-200 bg-white p-4" noValidate>
      <h2 className="text-lg font-semibold">New account</h2>
      <FormAlert state={state} success="Account created. Add it to projects from their Members page." />
      <Field label="Name" name="name" defaultValue={submittedValue(state, "name")} required errors={e("name")} />
      <Field
        label="Email"
        name="email"
        defaultValue={submittedValue(state, "email")}
        type="email"
        required
        errors={e("email")}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters; share it privately."
        errors={e("password")}
      />
      <SelectField
        label="Instance role"
        name="role"
        defaultValue={submittedValue(state, "role")}
        options={[
          { value: "member", label: "Member" },
          { value: "admin", label: "Administrator" },
        ]}
      />
      <div>
        <SubmitButton>Create account</SubmitButton>
      </div>
    </form>
  );
}
