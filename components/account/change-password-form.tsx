"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import { Field } from "../ui/field";
import { FormAlert, fieldErrorsOf } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

type Changed = { sessionsEnded: number; tokensRevoked: number };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Current password and a new one; on success says what else ended (other sessions, tokens). */
export function ChangePasswordForm({
  action,
  submitLabel = "Change password",
}: {
  action: (state: FormState<Changed>, form: FormData) => Promise<FormState<Changed>>;
  submitLabel?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const done = state?.ok && state.data ? state.data : null;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormAlert
        state={state}
        success={
          done
            ? `Password changed. ${plural(done.sessionsEnded, "other session", "other sessions")} and ${plural(done.tokensRevoked, "API token", "API tokens")} ended; this session stays signed in.`
            : undefined
        }
      />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrorsOf(state, "currentPassword")}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        required
        errors={fieldErrorsOf(state, "newPassword")}
      />
      <div>
        <SubmitButton pendingLabel="Changing…">{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
