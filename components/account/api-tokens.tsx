"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import { Field, SelectField } from "../ui/field";
import { FormAlert, fieldErrorsOf, submittedValue } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export type TokenRow = {
  id: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  isExpired: boolean;
};
type Issued = { token: string; id: string; label: string | null; expiresAt: string };
type Action<T> = (state: FormState<T>, form: FormData) => Promise<FormState<T>>;

const day = (iso: string | null, none: string) => (iso ? iso.slice(0, 10) : none);

function RevokeButton({ token, action }: { token: TokenRow; action: Action<undefined> }) {
  const [state, formAction] = useActionState(action, null);
  const name = token.label ?? "unnamed token";
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={token.id} />
      <button
        type="submit"
        aria-label={`Revoke ${name}`}
        className="rounded border border-red-300 px-2 py-1 text-xs text-red-800 hover:bg-red-50"
      >
        Revoke
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-800">
          {state.error.message}
        </span>
      ) : null}
    </form>
  );
}

/**
 * The person's API tokens: each with its label, dates and a Revoke button; and a form for a new
 * one, whose secret is shown once, right after it is made.
 */
export function ApiTokens({
  tokens,
  createAction,
  revokeAction,
}: {
  tokens: TokenRow[];
  createAction: Action<Issued>;
  revokeAction: Action<undefined>;
}) {
  const [state, formAction] = useActionState(createAction, null);
  const issued = state?.ok ? state.data : null;
  return (
    <div className="flex flex-col gap-4">
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-600">You have no API tokens.</p>
      ) : (
        <table className="w-full border-collapse border border-stone-200 bg-white text-left text-sm">
          <caption className="sr-only">Your API tokens</caption>
          <thead className="bg-stone-100">
            <tr>
              <th className="px-3 py-2">Label</th>
              <th className="px-3 py-2">Created</th>
              <th className="px-3 py-2">Last used</th>
              <th className="px-3 py-2">Expires</th>
              <th className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-t border-stone-200">
                <td className="px-3 py-2">{t.label ?? <span className="text-stone-500">(no label)</span>}</td>
                <td className="px-3 py-2">{day(t.createdAt, "—")}</td>
                <td className="px-3 py-2">{day(t.lastUsedAt, "never")}</td>
                <td className="px-3 py-2">
                  {t.isExpired ? (
                    <span className="text-red-800">expired {day(t.expiresAt, "")}</span>
                  ) : (
                    day(t.expiresAt, "never")
                  )}
                </td>
                <td className="px-3 py-2">
                  <RevokeButton token={t} action={revokeAction} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form action={formAction} className="flex flex-col gap-3 rounded border border-stone-200 bg-white p-4" noValidate>
        <h3 className="font-semibold">New token</h3>
        <FormAlert state={state} />
        {issued ? (
          <div
            role="status"
            className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          >
            <p>
              Token {issued.label ? `“${issued.label}” ` : ""}created, valid until {day(issued.expiresAt, "")}. Copy it
              now: it will not be shown again.
            </p>
            <code aria-label="New API token" className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono">
              {issued.token}
            </code>
          </div>
        ) : null}
        <Field
          label="Label"
          name="label"
          defaultValue={submittedValue(state, "label")}
          hint="What it is for, such as “nightly export”."
          errors={fieldErrorsOf(state, "label")}
        />
        <SelectField
          label="Expires after"
          name="expiresInDays"
          defaultValue={submittedValue(state, "expiresInDays") ?? "90"}
          errors={fieldErrorsOf(state, "expiresInDays")}
          options={[
            { value: "30", label: "30 days" },
            { value: "90", label: "90 days" },
            { value: "365", label: "365 days" },
          ]}
        />
        <div>
          <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
        </div>
      </form>
    </div>
  );
}
