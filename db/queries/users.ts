import "server-only";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { users, type User } from "../schema";
import type { InstanceRole } from "@/lib/auth/policy";
import type { Executor } from "./transaction";

export type PublicUser = Pick<
  User,
  "id" | "name" | "email" | "role" | "createdAt" | "disabledAt" | "mustChangePassword"
>;

const publicColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  createdAt: users.createdAt,
  disabledAt: users.disabledAt,
  mustChangePassword: users.mustChangePassword,
};

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

/** Includes the password hash: for checking a password only. */
export function getUserWithHashById(q: Executor, options: { id: string }): User | undefined {
  return q.select().from(users).where(eq(users.id, options.id)).get();
}

/** A new password hash; `mustChangePassword` when it is a temporary one an admin set. */
export function updateUserPassword(
  q: Executor,
  options: { id: string; passwordHash: string; mustChangePassword: boolean; now: string },
): void {
  q.update(users)
    .set({
      passwordHash: options.passwordHash,
      mustChangePassword: options.mustChangePassword,
      updatedAt: options.now,
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, options.id))
    .run();
}

/** Disables the account (`disabledAt` a time) or enables it again (null). */
export function updateUserDisabledAt(q: Executor, options: { id: string; disabledAt: string | null; now: string }) {
  q.update(users)
    .set({ disabledAt: options.disabledAt, updatedAt: options.now, version: sql`${users.version} + 1` })
    .where(eq(users.id, options.id))
    .run();
}

/** How many admins can still sign in. */
export function countEnabledAdmins(q: Executor): number {
  return (
    q
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
      .get()?.n ?? 0
  );
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

/** The names of the users `ids` names, keyed by id (deleted users are simply absent). */
export function listUserNamesByIds(q: Executor, options: { ids: string[] }): Map<string, string> {
  if (options.ids.length === 0) return new Map();
  const rows = q.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, options.ids)).all();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The accounts with these email addresses (compared as stored: lower case). */
export function listUsersByEmails(q: Executor, options: { emails: string[] }): PublicUser[] {
  if (options.emails.length === 0) return [];
  return q.select(publicColumns).from(users).where(inArray(users.email, options.emails)).all();
}

/**
 * Every account a project's work names: its members, and whoever created, rated, resolved,
 * cited, commented on or is assigned anything in it (deleted claims and comments included, as
 * a verdict's history may outlive them).
 */
export function listUsersReferencedByProjectId(q: Executor, options: { projectId: string }): PublicUser[] {
  const p = options.projectId;
  const claimsOfProject = sql`select c.id from claims c join documents d on d.id = c.document_id where d.project_id = ${p}`;
  const ids = sql`
    select user_id from project_members where project_id = ${p}
    union select created_by from documents where project_id = ${p}
    union select created_by from sources where project_id = ${p}
    union select created_by from claims where id in (${claimsOfProject})
    union select assignee_id from claims where id in (${claimsOfProject})
    union select user_id from verdicts where claim_id in (${claimsOfProject})
    union select user_id from verdict_history where claim_id in (${claimsOfProject})
    union select user_id from resolutions where claim_id in (${claimsOfProject})
    union select created_by from claim_sources where claim_id in (${claimsOfProject})
    union select user_id from comments where claim_id in (${claimsOfProject})`;
  return q
    .select(publicColumns)
    .from(users)
    .where(sql`${users.id} in (${ids})`)
    .orderBy(asc(users.name), asc(users.id))
    .all();
}
