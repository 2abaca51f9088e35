import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { redirectTo } from "../../_lib/redirect";
import { requireSessionActor } from "../../_lib/session";
import { choosePasswordAction } from "../actions";

export const metadata: Metadata = { title: "Choose a new password" };

/** Where an admin's reset sends its person at their next sign-in: nothing else opens until they choose. */
export default async function ChoosePasswordPage() {
  const actor = await requireSessionActor("/account/password", { allowPendingPasswordChange: true });
  if (!actor.mustChangePassword) redirectTo("/account");
  return (
    <section className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-semibold">Choose a new password</h1>
      <p className="text-sm text-stone-700">
        An administrator reset your password. Enter the temporary password you were given, then choose your own: nothing
        else opens until you do.
      </p>
      <ChangePasswordForm action={choosePasswordAction} submitLabel="Set new password" />
    </section>
  );
}
