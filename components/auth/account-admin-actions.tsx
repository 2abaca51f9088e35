"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";

type Action<T> = (state: FormState<T>, form: FormData) => Promise<FormState<T>>;
export type AccountAdminActions = {
  resetPassword: Action<{ temporaryPassword: string }>;
  setDisabled: Action<undefined>;
  clearThrottle: Action<undefined>;
};

const button = "rounded border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100";

function Refusal({ state }: { state: FormState<unknown> }) {
  return state && !state.ok ? (
    <span role="alert" className="text-xs text-red-800">
      {state.error.message}
    </span>
  ) : null;
}

/**
 * An admin's buttons on one account of the Accounts page: reset the password (the temporary one
 * shown once, here), disable or enable, clear a sign-in throttle. The services decide who may.
 */
export function AccountAdminButtons({
  account,
  actions,
}: {
  account: { id: string; name: string; isDisabled: boolean; isThrottled: boolean; isSelf: boolean };
  actions: AccountAdminActions;
}) {
  const [reset, resetAction] = useActionState(actions.resetPassword, null);
  const [disabled, disableAction] = useActionState(actions.setDisabled, null);
  const [cleared, clearAction] = useActionState(actions.clearThrottle, null);
  if (account.isSelf) return <span className="text-xs text-stone-500">(you)</span>;
  return (
    <div className="flex flex-col items-start gap-1">
      <div className="flex flex-wrap gap-2">
        <form
          action={resetAction}
          onSubmit={(e) => {
            if (!window.confirm(`Reset the password of ${account.name}? Their sessions and API tokens end now.`))
              e.preventDefault();
          }}
        >
          <input type="hidden" name="id" value={account.id} />
          <button type="submit" className={button} aria-label={`Reset the password of ${account.name}`}>
            Reset password
          </button>
        </form>
        <form
          action={disableAction}
          onSubmit={(e) => {
            if (
              !account.isDisabled &&
              !window.confirm(`Disable the account of ${account.name}? They are signed out at once.`)
            )
              e.preventDefault();
          }}
        >
          <input type="hidden" name="id" value={account.id} />
          <input type="hidden" name="disabled" value={account.isDisabled ? "false" : "true"} />
          <button
            type="submit"
            className={button}
            aria-label={`${account.isDisabled ? "Enable" : "Disable"} the account of ${account.name}`}
          >
            {account.isDisabled ? "Enable" : "Disable"}
          </button>
        </form>
        {account.isThrottled ? (
          <form action={clearAction}>
            <input type="hidden" name="id" value={account.id} />
            <button type="submit" className={button} aria-label={`Clear the sign-in throttle of ${account.name}`}>
              Clear throttle
            </button>
          </form>
        ) : null}
      </div>
      {reset?.ok ? (
        <p role="status" className="text-xs text-emerald-900">
          Temporary password (shown once; {account.name} chooses a new one at the next sign-in):{" "}
          <code className="rounded bg-emerald-50 px-1 font-mono" aria-label={`Temporary password of ${account.name}`}>
            {reset.data.temporaryPassword}
          </code>
        </p>
      ) : null}
      <Refusal state={reset} />
      <Refusal state={disabled} />
      <Refusal state={cleared} />
    </div>
  );
}
