import "server-only";
import { countSignInFailuresByEmails } from "@/db/queries/credentials";
import { readTransaction } from "@/db/queries/transaction";
import { listUsers as listUserRows, type PublicUser } from "@/db/queries/users";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";
import { FAILURE_WINDOW_MS, MAX_FAILURES } from "./support/verify-credentials";

export type AccountSummary = PublicUser & {
  /** Failed sign-ins within the throttling window (15 minutes). */
  recentSignInFailures: number;
  /** Untrusted clients are refused for now (the admin can clear it). */
  isSignInThrottled: boolean;
};

/** Every account of the instance, for an administrator, with whether it is disabled or its sign-in throttled. */
export function listUsers(actor: SessionActor): AccountSummary[] {
  requirePermission(actor, "user:list", { kind: "instance" }, "Only an administrator can list accounts.");
  return readTransaction((tx) => {
    const users = listUserRows(tx);
    const since = new Date(Date.now() - FAILURE_WINDOW_MS).toISOString();
    const failures = countSignInFailuresByEmails(tx, { emails: users.map((u) => u.email), since });
    return users.map((u) => {
      const recent = failures.get(u.email) ?? 0;
      return { ...u, recentSignInFailures: recent, isSignInThrottled: recent >= MAX_FAILURES };
    });
  });
}
