import "server-only";
import { hashSecret } from "@/lib/auth/secrets";
import { deleteSessionByTokenHash } from "@/db/queries/credentials";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";

/** Ends the session of `token` on the server; a token that names no session is ignored. */
export function signOut(token: string): void {
  inTransaction((tx) => {
    const removed = deleteSessionByTokenHash(tx, { tokenHash: hashSecret(token) });
    if (removed)
      insertEvent(tx, {
        actorId: removed.userId,
        entityType: "session",
        entityId: removed.userId,
        action: "signed-out",
      });
  });
}
