import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { isInstanceSetUp } from "@/services/is-instance-set-up";
import { redirectTo } from "../_lib/redirect";
import { getSessionActor } from "../_lib/session";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; signedOut?: string }>;
}) {
  const actor = await getSessionActor();
  if (!isInstanceSetUp()) redirectTo("/setup");
  const { next, signedOut } = await searchParams;
  if (actor) redirectTo(typeof next === "string" ? next : "/projects");
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      {signedOut ? (
        <p role="status" className="mb-4 rounded border border-stone-300 bg-white px-3 py-2 text-sm">
          You are signed out.
        </p>
      ) : null}
      <SignInForm action={signInAction} next={typeof next === "string" ? next : undefined} />
    </section>
  );
}
