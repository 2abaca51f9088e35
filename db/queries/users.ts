import "server-only";
import { asc, count, eq, inArray, sql } from "drizzle-orm";
import { users, type User } from "../schema";
import type { InstanceRole } from "@/lib/auth/policy";
import type { Executor } from "./transaction";

export type PublicUser = Pick<User, "id" | "name" | "email" | "role" | "createdAt">;

const publicColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  createdAt: users.createdAt,
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
