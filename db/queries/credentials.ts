import "server-only";
import { and, count, eq, gt, isNull, lt } from "drizzle-orm";
import { apiTokens, sessions, signInFailures, users } from "../schema";
import type { InstanceRole } from "@/lib/auth/policy";
import type { Executor } from "./transaction";

const actorColumns = { userId: users.id, name: users.name, email: users.email, role: users.role };
export type CredentialOwner = { userId: string; name: string; email: string; role: InstanceRole };

export function insertSession(
  q: Executor,
  values: { id: string; tokenHash: string; userId: string; expiresAt: string },
) {
  q.insert(sessions).values(values).run();
}

export function getSessionOwnerByTokenHash(
  q: Executor,
  options: { tokenHash: string; now: string },
): CredentialOwner | undefined {
  return q
    .select(actorColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, options.tokenHash), gt(sessions.expiresAt, options.now)))
    .get();
}

export function deleteSessionByTokenHash(q: Executor, options: { tokenHash: string }) {
  return q
    .delete(sessions)
    .where(eq(sessions.tokenHash, options.tokenHash))
    .returning({ userId: sessions.userId })
    .get();
}

export function deleteExpiredSessions(q: Executor, options: { now: string }) {
  q.delete(sessions).where(lt(sessions.expiresAt, options.now)).run();
}

export function insertApiToken(
  q: Executor,
  values: { id: string; tokenHash: string; userId: string; label: string | null },
) {
  q.insert(apiTokens).values(values).run();
}

export function getApiTokenOwnerByHash(
  q: Executor,
  options: { tokenHash: string },
): (CredentialOwner & { lastUsedAt: string | null }) | undefined {
  return q
    .select({ ...actorColumns, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, options.tokenHash), isNull(apiTokens.revokedAt)))
    .get();
}

export function countSignInFailuresSince(q: Executor, options: { email: string; since: string }): number {
  return (
    q
      .select({ n: count() })
      .from(signInFailures)
      .where(and(eq(signInFailures.email, options.email), gt(signInFailures.createdAt, options.since)))
      .get()?.n ?? 0
  );
}

export function oldestSignInFailureSince(q: Executor, options: { email: string; since: string }): string | undefined {
  return q
    .select({ at: signInFailures.createdAt })
    .from(signInFailures)
    .where(and(eq(signInFailures.email, options.email), gt(signInFailures.createdAt, options.since)))
    .orderBy(signInFailures.createdAt)
    .limit(1)
    .get()?.at;
}

export function insertSignInFailure(q: Executor, options: { email: string; at: string }) {
  q.insert(signInFailures).values({ email: options.email, createdAt: options.at }).run();
}

export function clearSignInFailures(q: Executor, options: { email: string }) {
  q.delete(signInFailures).where(eq(signInFailures.email, options.email)).run();
}

export function touchApiToken(q: Executor, options: { tokenHash: string; now: string }) {
  q.update(apiTokens).set({ lastUsedAt: options.now }).where(eq(apiTokens.tokenHash, options.tokenHash)).run();
}
