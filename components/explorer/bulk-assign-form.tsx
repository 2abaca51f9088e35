"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import type { MemberView } from "@/lib/claims/types";
import { FormAlert } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export const BULK_ASSIGN_FORM = "bulk-assign";

type Result = { assigned: string[]; unchanged: string[] };

function outcome(state: FormState<Result>): string | undefined {
  if (!state?.ok) return undefined;
  const n = state.data.assigned.length;
  const same = state.data.unchanged.length;
  return `${n} ${n === 1 ? "claim" : "claims"} assigned${same ? `; ${same} already were` : ""}.`;
}

/**
 * Assigns the claims ticked in the explorer's table (checkboxes tied to this form by `form`)
 * to one member, or to nobody. For editors: the page shows it only to them, and the service
 * asks the policy again.
 */
export function BulkAssignForm({
  action,
  assignees,
}: {
  action: (state: FormState<Result>, form: FormData) => Promise<FormState<Result>>;
  assignees: MemberView[];
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form
      id={BULK_ASSIGN_FORM}
      action={formAction}
      aria-label="Assign the selected claims"
      className="mb-3 flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3"
    >
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
        Assign the selected claims to
        <select name="assigneeId" className="rounded border border-stone-300 bg-white px-2 py-1.5 font-normal">
          <option value="">Nobody</option>
          {assignees.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name} ({m.role})
            </option>
          ))}
        </select>
      </label>
      <SubmitButton>Assign</SubmitButton>
      <div className="basis-full">
        <FormAlert state={state} success={outcome(state)} />
      </div>
    </form>
  );
}

/** Ticks or clears every claim of the page. */
export function SelectAllClaims() {
  return (
    <input
      type="checkbox"
      aria-label="Select every claim on this page"
      onChange={(e) => {
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_ASSIGN_FORM}"][name="claimIds"]`);
        for (const box of boxes) box.checked = e.target.checked;
      }}
    />
  );
}
