import "server-only";
import { hashSecret } from "@/lib/auth/secrets";
import { getConfig } from "@/lib/config";
import { getLiveSessionByTokenHash, touchSession } from "@/db/queries/credentials";
import { inTransaction, reader } from "@/db/queries/transaction";
import { actorFromOwner, type SessionActor } from "./support/actor";

/** A session's last use is written at most this often, so that reading pages stays free of writes. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

/**
 * The person a session cookie's token belongs to, or null when it is unknown, past its absolute
 * end, idle for longer than SESSION_IDLE_DAYS, or its account is disabled. Records the use
 * (`lastSeenAt`) when the last record is more than a minute old.
 */
export function authenticateSession(token: string, now = new Date()): SessionActor | null {
  const tokenHash = hashSecret(token);
  const idleSince = new Date(now.getTime() - getConfig().sessionIdleDays * 24 * 3600 * 1000).toISOString();
  const session = getLiveSessionByTokenHash(reader(), { tokenHash, now: now.toISOString(), idleSince });
  const actor = actorFromOwner(session, { kind: "session", tokenHash });
  if (session && actor && now.getTime() - Date.parse(session.lastSeenAt) > SESSION_TOUCH_INTERVAL_MS) {
    inTransaction((tx) => touchSession(tx, { id: session.sessionId, now: now.toISOString() }));
  }
  return actor;
}
