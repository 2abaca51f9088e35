import "server-only";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import { countEnabledAdmins, getUserById, updateUserDisabledAt, type PublicUser } from "@/db/queries/users";
import type { SessionActor } from "./support/actor";
import { endCredentials } from "./support/end-credentials";
import { loadAccount } from "./support/load-account";

/**
 * An admin disables an account, or enables it again. A disabled account cannot sign in (it is
 * answered as a wrong password is); its sessions end and its tokens are revoked at once, and
 * their live streams close (re-enabling brings none back: the person signs in again). An admin
 * cannot disable their own account (the policy), nor the last admin who can sign in (409).
 * Asking for the state the account is already in changes nothing.
 */
export function setUserDisabled(actor: SessionActor, userId: string, disabled: boolean): PublicUser {
  const now = new Date().toISOString();
  const { user, close } = inTransaction((tx) => {
    const current = loadAccount(
      tx,
      actor,
      userId,
      "user:disable",
      "Only an administrator disables someone else's account.",
    );
    if ((current.disabledAt !== null) === disabled) return { user: current, close: () => {} };
    // The account manages accounts (the policy's answer for it) and no other enabled one does.
    const administers = can({ userId: current.id, instanceRole: current.role }, "user:list", { kind: "instance" });
    if (disabled && administers && countEnabledAdmins(tx) <= 1) {
      throw new AppError("conflict", "This is the last administrator who can sign in: it cannot be disabled.");
    }
    updateUserDisabledAt(tx, { id: current.id, disabledAt: disabled ? now : null, now });
    const ended = disabled ? endCredentials(tx, { userId: current.id, now }) : null;
    insertEvent(tx, {
      actorId: actor.userId,
      entityType: "user",
      entityId: current.id,
      action: disabled ? "disabled" : "enabled",
      ...(ended ? { after: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens } } : {}),
    });
    return { user: getUserById(tx, { id: current.id })!, close: ended?.closeStreams ?? (() => {}) };
  });
  close();
  return user;
}
