import "server-only";
import { hashSecret } from "@/lib/auth/secrets";
import { getApiTokenOwnerByHash, getSessionOwnerByTokenHash, type CredentialOwner } from "@/db/queries/credentials";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";

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
  return toActor(getApiTokenOwnerByHash(reader(), { tokenHash: hashSecret(token) }));
}
