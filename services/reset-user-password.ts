import "server-only";
import { generateTemporaryPassword, hashPassword } from "@/lib/auth/secrets";
import { clearSignInFailures } from "@/db/queries/credentials";
import { inTransaction, reader } from "@/db/queries/transaction";
import type { PublicUser } from "@/db/queries/users";
import type { SessionActor } from "./support/actor";
import { replacePassword } from "./support/end-credentials";
import { loadAccount } from "./support/load-account";

/**
 * An admin resets someone's password to a temporary one, answered once (to hand over
 * privately; it is stored hashed only). The person must choose a new password at their next
 * sign-in before anything else; their sessions and tokens end now, their streams close, and
 * their sign-in throttle is cleared so they can use it.
 */
export async function resetUserPassword(
  actor: SessionActor,
  userId: string,
): Promise<{ user: PublicUser; temporaryPassword: string }> {
  const user = loadAccount(
    reader(),
    actor,
    userId,
    "user:reset-password",
    "Only an administrator resets someone else's password; change your own on your account page.",
  );
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const now = new Date().toISOString();
  const ended = inTransaction((tx) => {
    const current = loadAccount(tx, actor, userId, "user:reset-password");
    clearSignInFailures(tx, { email: current.email });
    return replacePassword(tx, {
      actorId: actor.userId,
      userId: current.id,
      passwordHash,
      mustChangePassword: true,
      now,
      action: "password-reset",
    });
  });
  ended.closeStreams();
  return { user: { ...user, mustChangePassword: true }, temporaryPassword };
}
