import "server-only";
import { hashSecret } from "@/lib/auth/secrets";
import { getSessionOwnerByTokenHash } from "@/db/queries/credentials";
import { reader } from "@/db/queries/transaction";
import { actorFromOwner, type SessionActor } from "./support/actor";

/** The person a session cookie's token belongs to, or null when it is unknown or expired. */
export function authenticateSession(token: string): SessionActor | null {
  return actorFromOwner(
    getSessionOwnerByTokenHash(reader(), { tokenHash: hashSecret(token), now: new Date().toISOString() }),
  );
}
