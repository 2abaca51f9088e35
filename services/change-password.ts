import "server-only";
import { hashPassword } from "@/lib/auth/secrets";
import { AppError } from "@/lib/errors";
import type { ChangePasswordInput } from "@/lib/validation/accounts";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";
import { replacePassword } from "./support/end-credentials";
import { verifyCredentials } from "./support/verify-credentials";

/**
 * The signed-in person changes their own password, giving the current one (checked and
 * throttled as a sign-in is: a stolen session cannot guess it freely). Every other session and
 * every API token of theirs ends, and their live streams close; the credential of this request
 * stays. Clears a pending "must change" an admin's reset set.
 */
export async function changePassword(
  actor: SessionActor,
  input: ChangePasswordInput,
): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  requirePermission(actor, "account:change-password", { kind: "account", userId: actor.userId });
  // The temporary password an admin set is known to them: it cannot stay. (Otherwise keeping
  // one's password is allowed: it signs out everywhere else.)
  if (actor.mustChangePassword && input.newPassword === input.currentPassword) {
    throw new AppError("invalid", "Choose a password of your own, not the temporary one.", {
      fields: { newPassword: ["must differ from the temporary password"] },
    });
  }
  try {
    await verifyCredentials({ email: actor.email, password: input.currentPassword }, { address: null });
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthenticated") {
      throw new AppError("invalid", "The current password is not right.", {
        fields: { currentPassword: ["is not your current password"] },
      });
    }
    throw error;
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date().toISOString();
  const ended = inTransaction((tx) =>
    replacePassword(tx, {
      actorId: actor.userId,
      userId: actor.userId,
      passwordHash,
      mustChangePassword: false,
      now,
      keep: actor.credential,
      action: "password-changed",
    }),
  );
  ended.closeStreams();
  return { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens };
}
