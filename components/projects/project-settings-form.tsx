"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import { Field } from "../ui/field";
import { FormAlert, fieldErrorsOf, submittedValue } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export type ProjectSettings = {
  name: string;
  organizationName: string | null;
  organizationUrl: string | null;
  version: number;
};

/** The project's name and organisation (the publisher its ClaimReview export names), for editors. */
export function ProjectSettingsForm({
  action,
  settings,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  settings: ProjectSettings;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <section
      className="flex flex-col gap-3 rounded border border-stone-200 bg-white p-4"
      aria-labelledby="project-settings-title"
    >
      <h2 id="project-settings-title" className="text-lg font-semibold">
        Project settings
      </h2>
      <FormAlert state={state} success="Settings saved." />
      {/* Keyed by the version, so that a save (which reloads the page's data) refills the fields. */}
      <form key={settings.version} action={formAction} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="version" value={settings.version} />
        <Field
          label="Project name"
          name="name"
          defaultValue={submittedValue(state, "name") ?? settings.name}
          required
          errors={fieldErrorsOf(state, "name")}
        />
        <Field
          label="Organisation"
          name="organizationName"
          defaultValue={submittedValue(state, "organizationName") ?? settings.organizationName ?? ""}
          hint="The desk that publishes these verdicts: the author of the ClaimReview export."
          errors={fieldErrorsOf(state, "organizationName")}
        />
        <Field
          label="Organisation website"
          name="organizationUrl"
          type="url"
          defaultValue={submittedValue(state, "organizationUrl") ?? settings.organizationUrl ?? ""}
          placeholder="https://"
          errors={fieldErrorsOf(state, "organizationUrl")}
        />
        <div>
          <SubmitButton>Save settings</SubmitButton>
        </div>
      </form>
    </section>
  );
}
