import "server-only";
import { clearSignInFailures } from "@/db/queries/credentials";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { loadAccount } from "./support/load-account";

/**
 * An admin clears an account's sign-in throttle: its recorded failures are forgotten (from
 * every client and device), so it may sign in again at once; they no longer count against
 * their addresses either. Answers how many failures were forgotten.
 */
export function clearSignInThrottle(actor: SessionActor, userId: string): { cleared: number } {
  return inTransaction((tx) => {
    const user = loadAccount(
      tx,
      actor,
      userId,
      "user:clear-throttle",
      "Only an administrator clears a sign-in throttle.",
    );
    const cleared = clearSignInFailures(tx, { email: user.email });
    insertEvent(tx, {
      actorId: actor.userId,
      entityType: "user",
      entityId: user.id,
      action: "sign-in-throttle-cleared",
      after: { cleared },
    });
    return { cleared };
  });
}
