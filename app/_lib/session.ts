import "server-only";
import { cookies, headers } from "next/headers";
import { connection } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/secrets";
import { getConfig } from "@/lib/config";
import { isHttpsRequest } from "@/lib/http/forwarded";
import type { SessionActor } from "@/services/support/actor";
import { authenticateSession } from "@/services/authenticate-session";
import { redirectToSignIn } from "./redirect";

/** The signed-in person of this request, or null. */
export async function getSessionActor(): Promise<SessionActor | null> {
  await connection();
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? authenticateSession(token) : null;
}

/** The signed-in person, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireSessionActor(returnTo?: string): Promise<SessionActor> {
  const actor = await getSessionActor();
  if (!actor) redirectToSignIn(returnTo);
  return actor;
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  // Secure when PUBLIC_BASE_URL is https, or a trusted proxy (TRUST_PROXY) says the browser
  // came over https: anyone can send X-Forwarded-Proto, and a Secure cookie set over plain
  // http would never come back.
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttpsRequest(await headers(), getConfig()),
    path: "/",
    expires: expiresAt,
  });
}

export async function takeSessionCookie(): Promise<string | undefined> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  jar.delete(SESSION_COOKIE);
  return token;
}
