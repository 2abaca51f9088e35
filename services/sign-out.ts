import "server-only";
import { hashSecret } from "@/lib/auth/secrets";
import { deleteSessionByTokenHash } from "@/db/queries/credentials";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import { closeStreams, sessionStreamKey } from "./support/stream-slots";

/**
 * Ends the session of `token` on the server, and the live streams it holds open; a token that
 * names no session is ignored.
 */
export function signOut(token: string): void {
  const tokenHash = hashSecret(token);
  inTransaction((tx) => {
    const removed = deleteSessionByTokenHash(tx, { tokenHash });
    if (removed)
      insertEvent(tx, {
        actorId: removed.userId,
        entityType: "session",
        entityId: removed.userId,
        action: "signed-out",
      });
  });
  closeStreams([sessionStreamKey(tokenHash)]);
}
