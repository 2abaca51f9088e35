import "server-only";
import { hashSecret } from "@/lib/auth/secrets";
import { getApiTokenOwnerByHash, touchApiToken } from "@/db/queries/credentials";
import { inTransaction, reader } from "@/db/queries/transaction";
import { actorFromOwner, type SessionActor } from "./support/actor";

const TOUCH_INTERVAL_MS = 10 * 60 * 1000;

/** The person a personal API token belongs to, or null when it is unknown, revoked, expired, or its account disabled. */
export function authenticateApiToken(token: string, now = new Date()): SessionActor | null {
  const tokenHash = hashSecret(token);
  const owner = getApiTokenOwnerByHash(reader(), { tokenHash, now: now.toISOString() });
  const actor = actorFromOwner(owner, { kind: "api-token", tokenHash });
  // Record use at most every ten minutes, so that reads by token stay free of writes.
  if (owner && actor && (!owner.lastUsedAt || now.getTime() - Date.parse(owner.lastUsedAt) > TOUCH_INTERVAL_MS)) {
    inTransaction((tx) => touchApiToken(tx, { tokenHash, now: now.toISOString() }));
  }
  return actor;
}
