import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getConfig } from "@/lib/config";
import { isFromThisMachine } from "@/lib/http/forwarded";
import { SetupForm } from "@/components/auth/setup-form";
import { isInstanceSetUp } from "@/services/is-instance-set-up";
import { setUpAction } from "./actions";

export const metadata: Metadata = { title: "Set up" };

export default async function SetupPage() {
  await connection();
  if (isInstanceSetUp()) {
    return (
      <section className="mx-auto max-w-md">
        <h1 className="mb-4 text-2xl font-semibold">ClaimDesk is set up</h1>
        <p>
          An administrator account already exists.{" "}
          <Link href="/sign-in" className="text-sky-800 underline">
            Sign in
          </Link>{" "}
          instead; an administrator can create more accounts.
        </p>
      </section>
    );
  }
  const needsCode = !isFromThisMachine(await headers(), getConfig());
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-semibold">Welcome to ClaimDesk</h1>
      <p className="mb-6 text-stone-700">
        Create the first administrator account. A demo project with an annotated article will be ready when you are
        done.
      </p>
      {needsCode ? (
        <p className="mb-6 text-stone-700">
          You are not on the server&apos;s own machine, so setup asks for the one-time setup code the server printed in
          its log when it started.
        </p>
      ) : null}
      <SetupForm action={setUpAction} needsCode={needsCode} />
    </section>
  );
}
