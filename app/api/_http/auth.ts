import { hashSecret, SESSION_COOKIE } from "@/lib/auth/secrets";
import { AppError, unauthenticated } from "@/lib/errors";
import type { SessionActor } from "@/services/support/actor";
import { authenticateApiToken } from "@/services/authenticate-api-token";
import { authenticateSession } from "@/services/authenticate-session";
import { requestOrigin } from "./origin";

/** A cookie's value; a value whose percent-encoding does not decode is no cookie at all. */
function cookieValue(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function bearerToken(authorization: string): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw new AppError("unauthenticated", "The Authorization header must be 'Bearer <token>'.");
  return match[1];
}

/**
 * Names the credential a request is signed in with (its token or cookie, hashed), to count
 * what it holds open; null when it carries none.
 */
export function credentialKey(request: Request): string | null {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) return `token:${hashSecret(bearerToken(authorization))}`;
  const token = cookieValue(request, SESSION_COOKIE);
  return token ? `session:${hashSecret(token)}` : null;
}

/**
 * A cookie-authenticated request that changes something must come from our own pages:
 * refused when its Origin is another site's or the browser says it is cross-site.
 */
function assertSameOrigin(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  if (request.headers.get("sec-fetch-site") === "cross-site") {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== requestOrigin(request)) {
    throw new AppError("forbidden", "Requests from another origin are not allowed.");
  }
}

/** Refuses everything but choosing a new password to someone whose password an admin reset. */
function assertNoPendingPasswordChange(actor: SessionActor, options?: ActorOptions): void {
  if (actor.mustChangePassword && !options?.allowPendingPasswordChange) {
    throw new AppError(
      "forbidden",
      "An administrator reset this account's password: choose a new one first (PUT /api/v1/me/password with {currentPassword, newPassword}, or the account page).",
    );
  }
}

type ActorOptions = { allowPendingPasswordChange?: boolean };

/**
 * The caller, by Bearer token or session cookie; null when neither is given or valid (an
 * expired, revoked or disabled account's token is refused with 401).
 */
export function optionalActor(request: Request, options?: ActorOptions): SessionActor | null {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const actor = authenticateApiToken(bearerToken(authorization));
    if (!actor) throw new AppError("unauthenticated", "That API token is not valid: unknown, revoked or expired.");
    assertNoPendingPasswordChange(actor, options);
    return actor;
  }
  const token = cookieValue(request, SESSION_COOKIE);
  if (!token) return null;
  const actor = authenticateSession(token);
  if (actor) {
    assertSameOrigin(request);
    assertNoPendingPasswordChange(actor, options);
  }
  return actor;
}

export function requireActor(request: Request, options?: ActorOptions): SessionActor {
  const actor = optionalActor(request, options);
  if (!actor) throw unauthenticated();
  return actor;
}

/** Reads one cookie of the request (the trusted-device cookie of a sign-in). */
export function requestCookie(request: Request, name: string): string | undefined {
  return cookieValue(request, name);
}
