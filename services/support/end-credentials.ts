import "server-only";
import { deleteSessionsByUserId, revokeApiTokensByUserId } from "@/db/queries/credentials";
import type { Tx } from "@/db/queries/transaction";
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
