import type { Actor } from "@/lib/auth/policy";
import type { CredentialOwner } from "@/db/queries/credentials";

/** What a request is signed in with: a session cookie or an API token, by the hash of its secret. */
export type Credential = { kind: "session" | "api-token"; tokenHash: string };

/** The signed-in person on whose behalf a service runs. */
export type SessionActor = Actor & {
  name: string;
  email: string;
  /** The credential of this request, when it came with one (a password change keeps it, ending the others). */
  credential?: Credential;
  /** An admin set a temporary password: nothing but choosing a new one is allowed until then. */
  mustChangePassword?: boolean;
};

/** The actor a credential's owner row stands for, or null when there is none or the account is disabled. */
export function actorFromOwner(owner: CredentialOwner | undefined, credential?: Credential): SessionActor | null {
  if (!owner || owner.disabledAt !== null) return null;
  return {
    userId: owner.userId,
    instanceRole: owner.role,
    name: owner.name,
    email: owner.email,
    ...(credential ? { credential } : {}),
    ...(owner.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}
