import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
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
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-semibold">Welcome to ClaimDesk</h1>
      <p className="mb-6 text-stone-700">
        Create the first administrator account. A demo project with an annotated article will be ready when you are
        done.
      </p>
      <SetupForm action={setUpAction} />
    </section>
  );
}
