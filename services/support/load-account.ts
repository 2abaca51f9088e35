import "server-only";
import type { ActionOn } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors";
import type { Executor } from "@/db/queries/transaction";
import { getUserById, type PublicUser } from "@/db/queries/users";
import type { SessionActor } from "./actor";
import { requirePermission } from "./authorize-project";

/**
 * Loads the account an admin acts on, after asking the policy (403 before 404: whether an id
 * names an account is itself for admins to know).
 */
export function loadAccount(
  q: Executor,
  actor: SessionActor,
  userId: string,
  action: ActionOn<"account">,
  message?: string,
): PublicUser {
  requirePermission(actor, action, { kind: "account", userId }, message);
  const user = getUserById(q, { id: userId });
  if (!user) throw notFound("Account");
  return user;
}
