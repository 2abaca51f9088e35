import "server-only";
import { hashSecret } from "@/lib/auth/secrets";
import { getApiTokenOwnerByHash, getSessionOwnerByTokenHash, touchApiToken, type CredentialOwner } from "@/db/queries/credentials";
import { inTransaction, reader } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";

const TOUCH_INTERVAL_MS = 10 * 60 * 1000;

function toActor(owner: CredentialOwner | undefined): SessionActor | null {
  if (!owner) return null;
  return { userId: owner.userId, instanceRole: owner.role, name: owner.name, email: owner.email };
}

/** The person a session cookie's token belongs to, or null when it is unknown or expired. */
export function actorFromSessionToken(token: string): SessionActor | null {
  return toActor(getSessionOwnerByTokenHash(reader(), { tokenHash: hashSecret(token), now: new Date().toISOString() }));
}

/** The person a personal API token belongs to, or null when it is unknown or revoked. */
export function actorFromApiToken(token: string): SessionActor | null {
  const tokenHash = hashSecret(token);
  const owner = getApiTokenOwnerByHash(reader(), { tokenHash });
  // Record use at most every ten minutes, so that reads by token stay free of writes.
  const now = new Date();
  if (owner && (!owner.lastUsedAt || now.getTime() - Date.parse(owner.lastUsedAt) > TOUCH_INTERVAL_MS)) {
    inTransaction((tx) => touchApiToken(tx, { tokenHash, now: now.toISOString() }));
  }
  return toActor(owner);
}
