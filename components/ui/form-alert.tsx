import type { FormState } from "@/lib/action-result";

/** The form-level message of an action's result: an error, or a success note. */
export function FormAlert({ state, success }: { state: FormState<unknown>; success?: string }) {
  if (!state) return null;
  if (state.ok) {
    return success ? (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {success}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      {state.error.message}
    </p>
  );
}

export function fieldErrorsOf(state: FormState<unknown>, name: string): string[] | undefined {
  return state && !state.ok ? state.error.fields?.[name] : undefined;
}

/** The value the person typed in `name` before a refused submission (React resets the form). */
export function submittedValue(state: FormState<unknown>, name: string): string | undefined {
  return state && !state.ok ? state.values?.[name] : undefined;
}
