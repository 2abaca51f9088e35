import type { Actor } from "@/lib/auth/policy";
import type { CredentialOwner } from "@/db/queries/credentials";

/** The signed-in person on whose behalf a service runs. */
export type SessionActor = Actor & { name: string; email: string };

/** The actor a credential's owner row stands for, or null when there is none. */
export function actorFromOwner(owner: CredentialOwner | undefined): SessionActor | null {
  if (!owner) return null;
  return { userId: owner.userId, instanceRole: owner.role, name: owner.name, email: owner.email };
}
