import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/secrets";
import { getConfig } from "@/lib/config";
import type { SessionActor } from "@/services/support/actor";
import { authenticateSession } from "@/services/authenticate-session";

/** The signed-in person of this request, or null. */
export async function getSessionActor(): Promise<SessionActor | null> {
  await connection();
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? authenticateSession(token) : null;
}

/** The signed-in person, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireSessionActor(returnTo?: string): Promise<SessionActor> {
  const actor = await getSessionActor();
  if (!actor) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  return actor;
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const h = await headers();
  const isHttps =
    (h.get("x-forwarded-proto") ?? "").split(",")[0]?.trim() === "https" ||
    getConfig().publicBaseUrl?.startsWith("https:") === true;
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps,
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
