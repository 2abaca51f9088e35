"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import { Field, SelectField } from "../ui/field";
import { FormAlert, fieldErrorsOf, submittedValue } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export function AddMemberForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded border border-stone-200 bg-white p-4" noValidate>
      <h2 className="text-lg font-semibold">Add a member</h2>
      <FormAlert state={state} success="Member saved." />
      <Field
        label="Member email"
        name="email"
        defaultValue={submittedValue(state, "email")}
        type="email"
        required
        errors={fieldErrorsOf(state, "email")}
      />
      <SelectField
        label="Role"
        name="role"
        defaultValue={submittedValue(state, "role") ?? "reviewer"}
        errors={fieldErrorsOf(state, "role")}
        options={[
          { value: "viewer", label: "Viewer: reads claims and reports" },
          { value: "reviewer", label: "Reviewer: marks claims, gives verdicts, cites sources" },
          { value: "editor", label: "Editor: also resolves claims, edits documents, manages members" },
        ]}
      />
      <div>
        <SubmitButton>Add member</SubmitButton>
      </div>
    </form>
  );
}
