import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/secrets";
import { AppError } from "@/lib/errors";
import type { CreateUserInput } from "@/lib/validation/accounts";
import { insertEvent } from "@/db/queries/events";
import { inTransaction, reader } from "@/db/queries/transaction";
import { getUserWithHashByEmail, insertUser, type PublicUser } from "@/db/queries/users";
import type { SessionActor } from "./support/actor";
import { requirePermission } from "./support/authorize-project";

/** An admin creates an account. An email already in use is a 409. */
export async function createUser(actor: SessionActor, input: CreateUserInput): Promise<PublicUser> {
  requirePermission(actor, "user:create", { kind: "instance" }, "Only an administrator can create accounts.");
  if (getUserWithHashByEmail(reader(), { email: input.email })) {
    throw new AppError("conflict", "An account with that email already exists.", {
      fields: { email: ["is already in use"] },
    });
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction((tx) => {
    if (getUserWithHashByEmail(tx, { email: input.email })) {
      throw new AppError("conflict", "An account with that email already exists.", {
        fields: { email: ["is already in use"] },
      });
    }
    const user = insertUser(tx, {
      id: randomUUID(),
      name: input.name,
      email: input.email,
      passwordHash,
      role: input.role,
    });
    insertEvent(tx, { actorId: actor.userId, entityType: "user", entityId: user.id, action: "created", after: user });
    return user;
  });
}
