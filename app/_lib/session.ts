import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/secrets";
import { getConfig } from "@/lib/config";
import { clientAddress, isHttpsRequest } from "@/lib/http/forwarded";
import type { SessionActor } from "@/services/support/actor";
import type { AttemptContext } from "@/services/support/verify-credentials";
import { authenticateSession } from "@/services/authenticate-session";
import { redirectToSignIn } from "./redirect";

/** Where someone whose password an admin reset must go before anything else. */
export const CHOOSE_PASSWORD_PATH = "/account/password";

/**
 * The signed-in person of this request, or null. Someone who must choose a new password (an
 * admin reset theirs) is sent to do so, unless `allowPendingPasswordChange` (that page, the
 * header, and actions, which refuse by themselves).
 */
export async function getSessionActor(options?: {
  allowPendingPasswordChange?: boolean;
}): Promise<SessionActor | null> {
  await connection();
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const actor = token ? authenticateSession(token) : null;
  if (actor?.mustChangePassword && !options?.allowPendingPasswordChange) redirect(CHOOSE_PASSWORD_PATH);
  return actor;
}

/** The signed-in person, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireSessionActor(
  returnTo?: string,
  options?: { allowPendingPasswordChange?: boolean },
): Promise<SessionActor> {
  const actor = await getSessionActor(options);
  if (!actor) redirectToSignIn(returnTo);
  return actor;
}

async function isHttps(): Promise<boolean> {
  // Secure when PUBLIC_BASE_URL is https, or a trusted proxy (TRUST_PROXY) says the browser
  // came over https: anyone can send X-Forwarded-Proto, and a Secure cookie set over plain
  // http would never come back.
  return isHttpsRequest(await headers(), getConfig());
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    expires: expiresAt,
  });
}

/** The trusted-device cookie of sign-in throttling (lib/auth/device-cookie.ts): long-lived, for the server only. */
export async function setDeviceCookie(cookie: { name: string; value: string; expiresAt: Date }): Promise<void> {
  (await cookies()).set(cookie.name, cookie.value, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    expires: cookie.expiresAt,
  });
}

/** Where this request's sign-in attempt comes from: the client's address and its cookies. */
export async function signInContext(): Promise<AttemptContext> {
  const jar = await cookies();
  return { address: clientAddress(await headers(), getConfig()), cookie: (name) => jar.get(name)?.value };
}

export async function takeSessionCookie(): Promise<string | undefined> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  jar.delete(SESSION_COOKIE);
  return token;
}
