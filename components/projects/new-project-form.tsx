"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import { Field } from "../ui/field";
import { FormAlert, fieldErrorsOf, submittedValue } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export function NewProjectForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded border border-stone-200 bg-white p-4" noValidate>
      <h2 className="text-lg font-semibold">New project</h2>
      <FormAlert state={state} />
      <Field
        label="Project name"
        name="name"
        defaultValue={submittedValue(state, "name")}
        required
        errors={fieldErrorsOf(state, "name")}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="blindReview" defaultChecked /> Blind review (reviewers see others’ ratings only
        after giving their own)
      </label>
      <div>
        <SubmitButton pendingLabel="Creating…">Create project</SubmitButton>
      </div>
    </form>
  );
}
