"use server";

import { signOut } from "@/services/sign-out";
import { redirectTo } from "./_lib/redirect";
import { takeSessionCookie } from "./_lib/session";

/** Ends the session on the server and forgets the cookie. */
export async function signOutAction(): Promise<void> {
  const token = await takeSessionCookie();
  if (token) signOut(token);
  redirectTo("/sign-in?signedOut=1");
}
