import "server-only";
import { deleteSessionsByUserId, revokeApiTokensByUserId } from "@/db/queries/credentials";
import { insertEvent } from "@/db/queries/events";
import type { Tx } from "@/db/queries/transaction";
import { updateUserPassword } from "@/db/queries/users";
import type { Credential } from "./actor";
import { closeStreams, sessionStreamKey, tokenStreamKey } from "./stream-slots";

/**
 * Ends a user's sessions and revokes their API tokens, all but `keep` (the credential of the
 * request that asked, when it is theirs), inside the caller's transaction. Answers the function
 * to call after commit, which closes the live streams those credentials held open.
 */
export function endCredentials(
  tx: Tx,
  options: { userId: string; now: string; keep?: Credential | undefined },
): { sessions: number; tokens: number; closeStreams: () => void } {
  const keep = options.keep;
  const sessions = deleteSessionsByUserId(tx, {
    userId: options.userId,
    ...(keep?.kind === "session" ? { exceptTokenHash: keep.tokenHash } : {}),
  });
  const tokens = revokeApiTokensByUserId(tx, {
    userId: options.userId,
    now: options.now,
    ...(keep?.kind === "api-token" ? { exceptTokenHash: keep.tokenHash } : {}),
  });
  const keys = [...sessions.map(sessionStreamKey), ...tokens.map(tokenStreamKey)];
  return { sessions: sessions.length, tokens: tokens.length, closeStreams: () => closeStreams(keys) };
}

/**
 * Sets a user's new password (hashed), ends their credentials but `keep` (endCredentials) and
 * writes the audit event `action` saying how many ended, inside the caller's transaction: what a
 * change of one's own password and an admin's reset share.
 */
export function replacePassword(
  tx: Tx,
  options: {
    actorId: string;
    userId: string;
    passwordHash: string;
    mustChangePassword: boolean;
    now: string;
    keep?: Credential | undefined;
    action: "password-changed" | "password-reset";
  },
): ReturnType<typeof endCredentials> {
  const { actorId, userId, passwordHash, mustChangePassword, now, keep, action } = options;
  updateUserPassword(tx, { id: userId, passwordHash, mustChangePassword, now });
  const ended = endCredentials(tx, { userId, now, keep });
  insertEvent(tx, {
    actorId,
    entityType: "user",
    entityId: userId,
    action,
    after: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens },
  });
  return ended;
}
