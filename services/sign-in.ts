import "server-only";
import { randomUUID } from "node:crypto";
import { DEVICE_COOKIE_DAYS, deviceCookieName, issueDeviceCookie } from "@/lib/auth/device-cookie";
import { generateSecret, hashSecret, SESSION_TOKEN_PREFIX, SESSION_TTL_DAYS } from "@/lib/auth/secrets";
import { getConfig } from "@/lib/config";
import type { SignInInput } from "@/lib/validation/accounts";
import { deleteEndedSessions, deleteSignInFailuresBefore, insertSession } from "@/db/queries/credentials";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { PublicUser } from "@/db/queries/users";
import { deviceCookieSecret } from "./support/device-secret";
import { FAILURE_WINDOW_MS, verifyCredentials, type AttemptContext } from "./support/verify-credentials";

export type SignInResult = {
  /** The session cookie's value, and its absolute end. */
  token: string;
  expiresAt: Date;
  user: PublicUser;
  /** A trusted-device cookie to set, when the browser did not carry a valid one for this account. */
  deviceCookie: { name: string; value: string; expiresAt: Date } | null;
  /** An admin reset the password: the person must choose a new one before anything else. */
  mustChangePassword: boolean;
};

/** Signs in: returns the session token to put in the cookie, when it expires, and the device cookie to set. */
export async function signIn(input: SignInInput, context: AttemptContext = { address: null }): Promise<SignInResult> {
  const { user, deviceId } = await verifyCredentials(input, context);
  const token = generateSecret(SESSION_TOKEN_PREFIX);
  const now = Date.now();
  const expiresAt = new Date(now + SESSION_TTL_DAYS * 24 * 3600 * 1000);
  inTransaction((tx) => {
    deleteEndedSessions(tx, {
      now: new Date(now).toISOString(),
      idleSince: new Date(now - getConfig().sessionIdleDays * 24 * 3600 * 1000).toISOString(),
    });
    deleteSignInFailuresBefore(tx, { before: new Date(now - FAILURE_WINDOW_MS).toISOString() });
    insertSession(tx, {
      id: randomUUID(),
      tokenHash: hashSecret(token),
      userId: user.id,
      expiresAt: expiresAt.toISOString(),
    });
    insertEvent(tx, { actorId: user.id, entityType: "session", entityId: user.id, action: "signed-in" });
  });
  const deviceCookie =
    deviceId === null
      ? {
          name: deviceCookieName(user.email),
          value: issueDeviceCookie(deviceCookieSecret(), user.email).value,
          expiresAt: new Date(now + DEVICE_COOKIE_DAYS * 24 * 3600 * 1000),
        }
      : null;
  return { token, expiresAt, user, deviceCookie, mustChangePassword: user.mustChangePassword };
}
