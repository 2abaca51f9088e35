import "server-only";
import { deviceCookieName, readDeviceCookie } from "@/lib/auth/device-cookie";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/secrets";
import { AppError } from "@/lib/errors";
import type { SignInInput } from "@/lib/validation/accounts";
import {
  clearSignInFailures,
  countSignInFailures,
  insertSignInFailure,
  type FailureScope,
} from "@/db/queries/credentials";
import { inTransaction, reader } from "@/db/queries/transaction";
import { getUserWithHashByEmail, type PublicUser } from "@/db/queries/users";
import { deviceCookieSecret } from "./device-secret";

/** Failures allowed per account (from untrusted clients, or from one trusted device) within the window. */
export const MAX_FAILURES = 10;
/** Failures allowed per client address, across accounts, within the window. */
export const MAX_ADDRESS_FAILURES = 30;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/** Where a sign-in attempt comes from. */
export type AttemptContext = {
  /** The client's address (lib/http/forwarded.ts, `clientAddress`); null when unknown: no per-address limit then. */
  address: string | null;
  /** Reads a cookie of the request, for the trusted-device cookie; absent for a client without cookies. */
  cookie?: (name: string) => string | undefined;
};

/** The one answer to a wrong email, a wrong password or a disabled account, so none is told apart. */
export const WRONG_CREDENTIALS = "That email and password do not match an account.";

function throttled(message: string, oldest: string | null, now: number): AppError {
  const retryAt = (oldest ? Date.parse(oldest) : now) + FAILURE_WINDOW_MS;
  return new AppError("throttled", message, { retryAfter: Math.max(1, Math.ceil((retryAt - now) / 1000)) });
}

/**
 * Checks the limits and records the attempt as failed, in one IMMEDIATE transaction, before any
 * password is checked: N parallel attempts are admitted one after another, each seeing the
 * failures recorded by those before it, so they get no more tries than N serial ones. The
 * provisional failure is forgotten on success, with the others of its channel.
 */
function admitAttempt(email: string, deviceId: string | null, context: AttemptContext, now: number): void {
  const since = new Date(now - FAILURE_WINDOW_MS).toISOString();
  inTransaction((tx) => {
    // A trusted device is not held back by what others do from its network (a shared address
    // behind NAT or an untrusted proxy): only its own failures count against it.
    if (deviceId === null && context.address !== null) {
      const scope: FailureScope = { address: context.address };
      const { n, oldest } = countSignInFailures(tx, { scope, since });
      if (n >= MAX_ADDRESS_FAILURES)
        throw throttled("Too many failed sign-ins from your network. Try again later.", oldest, now);
    }
    const { n, oldest } = countSignInFailures(tx, { scope: { email, deviceId }, since });
    if (n >= MAX_FAILURES) throw throttled("Too many failed sign-ins for this account. Try again later.", oldest, now);
    insertSignInFailure(tx, { email, address: context.address, deviceId, createdAt: new Date(now).toISOString() });
  });
}

/**
 * Checks an email and password; on success returns the user, and the trusted device the attempt
 * came from (null: none, or its cookie was not valid for this account). A wrong email, a wrong
 * password and a disabled account all answer the same 401, after the same work (an unknown
 * account's password is checked against a dummy hash). Throttling (429 with Retry-After): 10
 * failures for an account within 15 minutes, counted apart for each trusted device and for all
 * untrusted clients together; 30 failures from one address across accounts (not for trusted
 * devices).
 */
export async function verifyCredentials(
  input: SignInInput,
  context: AttemptContext,
): Promise<{ user: PublicUser; deviceId: string | null }> {
  const now = Date.now();
  const deviceId = context.cookie
    ? readDeviceCookie(deviceCookieSecret(), input.email, context.cookie(deviceCookieName(input.email)))
    : null;
  admitAttempt(input.email, deviceId, context, now);
  const user = getUserWithHashByEmail(reader(), { email: input.email });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  // A failure stays recorded, as admitted; a disabled account fails even with its password.
  if (!user || !ok || user.disabledAt !== null) throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  // Only this channel's failures are forgiven: the owner signing in from a trusted device does
  // not hand an attacker elsewhere a fresh set of guesses.
  inTransaction((tx) => clearSignInFailures(tx, { email: input.email, deviceId }));
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      createdAt: user.createdAt,
      disabledAt: user.disabledAt,
      mustChangePassword: user.mustChangePassword,
    },
    deviceId,
  };
}
