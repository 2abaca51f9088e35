import "server-only";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/secrets";
import { AppError } from "@/lib/errors";
import type { SignInInput } from "@/lib/validation/accounts";
import {
  clearSignInFailures,
  countSignInFailuresSince,
  insertSignInFailure,
  oldestSignInFailureSince,
} from "@/db/queries/credentials";
import { inTransaction, reader } from "@/db/queries/transaction";
import { getUserWithHashByEmail, type PublicUser } from "@/db/queries/users";

export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

function throttleCheck(email: string, now: number): void {
  const since = new Date(now - FAILURE_WINDOW_MS).toISOString();
  const failures = countSignInFailuresSince(reader(), { email, since });
  if (failures < MAX_FAILURES) return;
  const oldest = oldestSignInFailureSince(reader(), { email, since });
  const retryAt = (oldest ? Date.parse(oldest) : now) + FAILURE_WINDOW_MS;
  const retryAfter = Math.max(1, Math.ceil((retryAt - now) / 1000));
  throw new AppError("throttled", "Too many failed sign-ins for this account. Try again later.", { retryAfter });
}

/**
 * Checks an email and password; on success returns the user. Wrong credentials answer 401
 * without saying which was wrong; ten failures within 15 minutes lock the account's sign-in
 * (429) until the oldest of them is 15 minutes old.
 */
export async function verifyCredentials(input: SignInInput): Promise<PublicUser> {
  const now = Date.now();
  throttleCheck(input.email, now);
  const user = getUserWithHashByEmail(reader(), { email: input.email });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) {
    inTransaction((tx) => insertSignInFailure(tx, { email: input.email, at: new Date(now).toISOString() }));
    throw new AppError("unauthenticated", "That email and password do not match an account.");
  }
  inTransaction((tx) => clearSignInFailures(tx, { email: input.email }));
  return { id: user.id, name: user.name, email: user.email, role: user.role, createdAt: user.createdAt };
}
