import type { Metadata } from "next";
import { ApiTokens } from "@/components/account/api-tokens";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { listApiTokens } from "@/services/list-api-tokens";
import { load } from "../_lib/load";
import { requireSessionActor } from "../_lib/session";
import { changePasswordAction, createTokenAction, revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

/** The signed-in person's own settings: their password and their personal API tokens. */
export default async function AccountPage() {
  const actor = await requireSessionActor("/account");
  const tokens = load(() => listApiTokens(actor), "/account");
  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-2xl font-semibold">Your account</h1>
        <p className="text-sm text-stone-600">
          {actor.name} · {actor.email}
        </p>
      </header>
      <div className="grid gap-8 md:grid-cols-[2fr_3fr]">
        <section aria-labelledby="password-heading" className="flex flex-col gap-3">
          <h2 id="password-heading" className="text-lg font-semibold">
            Password
          </h2>
          <p className="text-sm text-stone-600">
            Changing it signs you out everywhere else and revokes your API tokens.
          </p>
          <ChangePasswordForm action={changePasswordAction} />
        </section>
        <section aria-labelledby="tokens-heading" className="flex flex-col gap-3">
          <h2 id="tokens-heading" className="text-lg font-semibold">
            API tokens
          </h2>
          <p className="text-sm text-stone-600">
            For programs that use the API as you: send <code>Authorization: Bearer &lt;token&gt;</code>.
          </p>
          <ApiTokens tokens={tokens} createAction={createTokenAction} revokeAction={revokeTokenAction} />
        </section>
      </div>
    </div>
  );
}
