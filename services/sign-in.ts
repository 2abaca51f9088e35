import "server-only";
import { randomUUID } from "node:crypto";
import { generateSecret, hashSecret, SESSION_TOKEN_PREFIX, SESSION_TTL_DAYS } from "@/lib/auth/secrets";
import type { SignInInput } from "@/lib/validation/accounts";
import { deleteExpiredSessions, insertSession } from "@/db/queries/credentials";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { PublicUser } from "@/db/queries/users";
import { verifyCredentials } from "./support/verify-credentials";

/** Signs in: returns the session token to put in the cookie, and when it expires. */
export async function signIn(input: SignInInput): Promise<{ token: string; expiresAt: Date; user: PublicUser }> {
  const user = await verifyCredentials(input);
  const token = generateSecret(SESSION_TOKEN_PREFIX);
  const expiresAt = new Date(Date.now() + SESSION_TTL_DAYS * 24 * 3600 * 1000);
  inTransaction((tx) => {
    deleteExpiredSessions(tx, { now: new Date().toISOString() });
    insertSession(tx, {
      id: randomUUID(),
      tokenHash: hashSecret(token),
      userId: user.id,
      expiresAt: expiresAt.toISOString(),
    });
    insertEvent(tx, { actorId: user.id, entityType: "session", entityId: user.id, action: "signed-in" });
  });
  return { token, expiresAt, user };
}
