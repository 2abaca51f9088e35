import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { users, type User } from "../schema";
import type { InstanceRole } from "@/lib/auth/policy";
import type { Executor } from "./transaction";

export type PublicUser = Pick<User, "id" | "name" | "email" | "role" | "createdAt">;

const publicColumns = { id: users.id, name: users.name, email: users.email, role: users.role, createdAt: users.createdAt };

export function countUsers(q: Executor): number {
  return q.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function getUserById(q: Executor, options: { id: string }): PublicUser | undefined {
  return q.select(publicColumns).from(users).where(eq(users.id, options.id)).get();
}

/** Includes the password hash: for sign-in only. */
export function getUserWithHashByEmail(q: Executor, options: { email: string }): User | undefined {
  return q.select().from(users).where(eq(users.email, options.email)).get();
}

export function insertUser(
  q: Executor,
  values: { id: string; name: string; email: string; passwordHash: string; role: InstanceRole },
): PublicUser {
  return q.insert(users).values(values).returning(publicColumns).get();
}

export function listUsers(q: Executor): PublicUser[] {
  return q.select(publicColumns).from(users).orderBy(asc(users.name)).all();
}
