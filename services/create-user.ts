import "server-only";
import { randomUUID } from "node:crypto";
import { canOnInstance } from "@/lib/auth/policy";
import { hashPassword } from "@/lib/auth/secrets";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { CreateUserInput } from "@/lib/validation/accounts";
import { insertEvent } from "@/db/queries/events";
import { inTransaction, reader } from "@/db/queries/transaction";
import { getUserById, getUserWithHashByEmail, insertUser, listUsers, type PublicUser } from "@/db/queries/users";
import type { SessionActor } from "./actor";

/** An admin creates an account. An email already in use is a 409. */
export async function createUser(actor: SessionActor, input: CreateUserInput): Promise<PublicUser> {
  if (!canOnInstance(actor, "user:create")) throw forbidden("Only an administrator can create accounts.");
  if (getUserWithHashByEmail(reader(), { email: input.email })) {
    throw new AppError("conflict", "An account with that email already exists.", { fields: { email: ["is already in use"] } });
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction((tx) => {
    if (getUserWithHashByEmail(tx, { email: input.email })) {
      throw new AppError("conflict", "An account with that email already exists.", { fields: { email: ["is already in use"] } });
    }
    const user = insertUser(tx, { id: randomUUID(), name: input.name, email: input.email, passwordHash, role: input.role });
    insertEvent(tx, { actorId: actor.userId, entityType: "user", entityId: user.id, action: "created", after: user });
    return user;
  });
}

export function listAllUsers(actor: SessionActor): PublicUser[] {
  if (!canOnInstance(actor, "user:list")) throw forbidden("Only an administrator can list accounts.");
  return listUsers(reader());
}

/** One account: an admin sees any, a member only their own. */
export function getAccount(actor: SessionActor, userId: string): PublicUser {
  if (actor.instanceRole !== "admin" && actor.userId !== userId) throw notFound("Account");
  const user = getUserById(reader(), { id: userId });
  if (!user) throw notFound("Account");
  return user;
}
