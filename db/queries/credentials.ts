import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import { apiTokens, sessions, signInFailures, users } from "../schema";
import type { InstanceRole } from "@/lib/auth/policy";
import type { Executor } from "./transaction";

const actorColumns = {
  userId: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  disabledAt: users.disabledAt,
  mustChangePassword: users.mustChangePassword,
};
export type CredentialOwner = {
  userId: string;
  name: string;
  email: string;
  role: InstanceRole;
  disabledAt: string | null;
  mustChangePassword: boolean;
};

// ---- Sessions ------------------------------------------------------------------------------

export function insertSession(
  q: Executor,
  values: { id: string; tokenHash: string; userId: string; expiresAt: string },
) {
  q.insert(sessions).values(values).run();
}

/**
 * The session of a cookie's token with its owner, while it lasts: before its absolute end and
 * used (or begun) after `idleSince`. Disabled owners are returned too: the caller refuses them.
 */
export function getLiveSessionByTokenHash(
  q: Executor,
  options: { tokenHash: string; now: string; idleSince: string },
): (CredentialOwner & { sessionId: string; lastSeenAt: string }) | undefined {
  const lastSeen = sql<string>`coalesce(${sessions.lastSeenAt}, ${sessions.createdAt})`;
  return q
    .select({ ...actorColumns, sessionId: sessions.id, lastSeenAt: lastSeen })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, options.tokenHash),
        gt(sessions.expiresAt, options.now),
        gt(lastSeen, options.idleSince),
      ),
    )
    .get();
}

export function touchSession(q: Executor, options: { id: string; now: string }) {
  q.update(sessions).set({ lastSeenAt: options.now }).where(eq(sessions.id, options.id)).run();
}

export function deleteSessionByTokenHash(q: Executor, options: { tokenHash: string }) {
  return q
    .delete(sessions)
    .where(eq(sessions.tokenHash, options.tokenHash))
    .returning({ userId: sessions.userId })
    .get();
}

/** Ends every session of the user but the one of `exceptTokenHash`; answers the ended sessions' token hashes. */
export function deleteSessionsByUserId(q: Executor, options: { userId: string; exceptTokenHash?: string }): string[] {
  return q
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, options.userId),
        options.exceptTokenHash ? ne(sessions.tokenHash, options.exceptTokenHash) : undefined,
      ),
    )
    .returning({ tokenHash: sessions.tokenHash })
    .all()
    .map((r) => r.tokenHash);
}

/** Removes sessions past their absolute end or idle since before `idleSince`. */
export function deleteEndedSessions(q: Executor, options: { now: string; idleSince: string }) {
  q.delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, options.now),
        lt(sql`coalesce(${sessions.lastSeenAt}, ${sessions.createdAt})`, options.idleSince),
      ),
    )
    .run();
}

// ---- Personal API tokens -------------------------------------------------------------------

export function insertApiToken(
  q: Executor,
  values: { id: string; tokenHash: string; userId: string; label: string | null; expiresAt: string | null },
) {
  q.insert(apiTokens).values(values).run();
}

/** The owner of a token that is neither revoked nor expired (a token without an expiry never expires). */
export function getApiTokenOwnerByHash(
  q: Executor,
  options: { tokenHash: string; now: string },
): (CredentialOwner & { lastUsedAt: string | null }) | undefined {
  return q
    .select({ ...actorColumns, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, options.tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, options.now)),
      ),
    )
    .get();
}

export function touchApiToken(q: Executor, options: { tokenHash: string; now: string }) {
  q.update(apiTokens).set({ lastUsedAt: options.now }).where(eq(apiTokens.tokenHash, options.tokenHash)).run();
}

export type ApiTokenRow = {
  id: string;
  label: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
};

/** A user's tokens not revoked (expired ones included), newest first; never their hashes. */
export function listApiTokensByUserId(q: Executor, options: { userId: string }): ApiTokenRow[] {
  return q
    .select({
      id: apiTokens.id,
      label: apiTokens.label,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, options.userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt), asc(apiTokens.id))
    .all();
}

/** Revokes one of the user's tokens; answers its hash, or undefined when the user has no such live token. */
export function revokeApiTokenById(
  q: Executor,
  options: { id: string; userId: string; now: string },
): string | undefined {
  return q
    .update(apiTokens)
    .set({ revokedAt: options.now })
    .where(and(eq(apiTokens.id, options.id), eq(apiTokens.userId, options.userId), isNull(apiTokens.revokedAt)))
    .returning({ tokenHash: apiTokens.tokenHash })
    .get()?.tokenHash;
}

/** Revokes every live token of the user but `exceptTokenHash`; answers the revoked tokens' hashes. */
export function revokeApiTokensByUserId(
  q: Executor,
  options: { userId: string; now: string; exceptTokenHash?: string },
): string[] {
  return q
    .update(apiTokens)
    .set({ revokedAt: options.now })
    .where(
      and(
        eq(apiTokens.userId, options.userId),
        isNull(apiTokens.revokedAt),
        options.exceptTokenHash ? ne(apiTokens.tokenHash, options.exceptTokenHash) : undefined,
      ),
    )
    .returning({ tokenHash: apiTokens.tokenHash })
    .all()
    .map((r) => r.tokenHash);
}

// ---- Sign-in failures ----------------------------------------------------------------------

/**
 * Which failures count against an attempt: an account's from untrusted clients (`deviceId`
 * null), or from one trusted device; or an address's, across accounts.
 */
export type FailureScope = { email: string; deviceId: string | null } | { address: string };

function scopeWhere(scope: FailureScope, since: string) {
  const recent = gt(signInFailures.createdAt, since);
  if ("address" in scope) return and(eq(signInFailures.address, scope.address), recent);
  return and(
    eq(signInFailures.email, scope.email),
    scope.deviceId === null ? isNull(signInFailures.deviceId) : eq(signInFailures.deviceId, scope.deviceId),
    recent,
  );
}

/** How many failures of `scope` since `since`, and when the oldest of them was. */
export function countSignInFailures(
  q: Executor,
  options: { scope: FailureScope; since: string },
): { n: number; oldest: string | null } {
  const row = q
    .select({ n: count(), oldest: sql<string | null>`min(${signInFailures.createdAt})` })
    .from(signInFailures)
    .where(scopeWhere(options.scope, options.since))
    .get();
  return { n: row?.n ?? 0, oldest: row?.oldest ?? null };
}

/** Records an attempt as failed (provisionally, until its password is checked); answers its id. */
export function insertSignInFailure(
  q: Executor,
  values: { email: string; address: string | null; deviceId: string | null; createdAt: string },
): number {
  return q.insert(signInFailures).values(values).returning({ id: signInFailures.id }).get().id;
}

/**
 * Forgets an account's failures: all of them (an admin's clearing or reset), or those of one
 * channel (`deviceId`: a trusted device's, or null for the untrusted clients') after a success
 * through it. Answers how many.
 */
export function clearSignInFailures(q: Executor, options: { email: string; deviceId?: string | null }): number {
  const channel =
    options.deviceId === undefined
      ? undefined
      : options.deviceId === null
        ? isNull(signInFailures.deviceId)
        : eq(signInFailures.deviceId, options.deviceId);
  return q
    .delete(signInFailures)
    .where(and(eq(signInFailures.email, options.email), channel))
    .run().changes;
}

/** Failures older than `before` count for nothing: they are removed now and then. */
export function deleteSignInFailuresBefore(q: Executor, options: { before: string }) {
  q.delete(signInFailures).where(lt(signInFailures.createdAt, options.before)).run();
}

/** The accounts (by email) with failures since `since`, and how many: for the admin's accounts page. */
export function countSignInFailuresByEmails(
  q: Executor,
  options: { emails: string[]; since: string },
): Map<string, number> {
  if (options.emails.length === 0) return new Map();
  const rows = q
    .select({ email: signInFailures.email, n: count() })
    .from(signInFailures)
    .where(and(inArray(signInFailures.email, options.emails), gt(signInFailures.createdAt, options.since)))
    .groupBy(signInFailures.email)
    .all();
  return new Map(rows.map((r) => [r.email, r.n]));
}
