import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";

/**
 * Trusted-device cookies, as OWASP's "Slow down online guessing attacks with device cookies"
 * describes: after a successful sign-in the browser gets a long-lived cookie naming the account
 * and a random device id, signed with a server key. A sign-in attempt that carries a valid one
 * for the account it names is throttled only by the failures of that device, so an attacker's
 * failures from elsewhere do not lock the account's owner out. One cookie per account (its name
 * is derived from the email), so a browser shared by two people keeps both trusted.
 */

export const DEVICE_COOKIE_PREFIX = "claimdesk_device_";
export const DEVICE_COOKIE_DAYS = 365;

/** The cookie's name for an account: a digest of the email, which never appears in it in clear. */
export function deviceCookieName(email: string): string {
  return `${DEVICE_COOKIE_PREFIX}${createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 16)}`;
}

function signature(secret: string, email: string, deviceId: string): string {
  return createHmac("sha256", secret).update(`v1\n${email.toLowerCase()}\n${deviceId}`).digest("base64url");
}

/** A new cookie value for `email`, with a fresh device id: `v1.<deviceId>.<hmac>`. */
export function issueDeviceCookie(secret: string, email: string): { value: string; deviceId: string } {
  const deviceId = randomUUID();
  return { value: `v1.${deviceId}.${signature(secret, email, deviceId)}`, deviceId };
}

/** The device id of a cookie value that is valid for `email`; null for anything else. */
export function readDeviceCookie(secret: string, email: string, value: string | undefined | null): string | null {
  if (!value) return null;
  const match = /^v1\.([0-9a-f-]{36})\.([\w-]{43})$/.exec(value);
  if (!match) return null;
  const [, deviceId, given] = match as unknown as [string, string, string];
  const expected = Buffer.from(signature(secret, email, deviceId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? deviceId : null;
}
