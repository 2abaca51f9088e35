"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/services/sign-out";
import { takeSessionCookie } from "./_lib/session";

/** Ends the session on the server and forgets the cookie. */
export async function signOutAction(): Promise<void> {
  const token = await takeSessionCookie();
  if (token) signOut(token);
  redirect("/sign-in?signedOut=1");
}
