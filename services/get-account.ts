import "server-only";
import { can } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors";
import { reader } from "@/db/queries/transaction";
import { getUserById, type PublicUser } from "@/db/queries/users";
import type { SessionActor } from "./support/actor";

/** One account: an admin sees any, a member only their own; any other is 404, not 403. */
export function getAccount(actor: SessionActor, userId: string): PublicUser {
  if (!can(actor, "account:read", { kind: "account", userId })) throw notFound("Account");
  const user = getUserById(reader(), { id: userId });
  if (!user) throw notFound("Account");
  return user;
}
