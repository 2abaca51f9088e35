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

/** The caller, by Bearer token or session cookie; null when neither is given or valid. */
export function optionalActor(request: Request): SessionActor | null {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const actor = authenticateApiToken(bearerToken(authorization));
    if (!actor) throw new AppError("unauthenticated", "That API token is not valid.");
    return actor;
  }
  const token = cookieValue(request, SESSION_COOKIE);
  if (!token) return null;
  const actor = authenticateSession(token);
  if (actor) assertSameOrigin(request);
  return actor;
}

export function requireActor(request: Request): SessionActor {
  const actor = optionalActor(request);
  if (!actor) throw unauthenticated();
  return actor;
}
