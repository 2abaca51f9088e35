import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { nowSql, projectMembers, projects, users, type Project } from "../schema";
import type { ProjectRole } from "@/lib/auth/policy";
import type { MemberView } from "@/lib/claims/types";
import type { Rating } from "@/lib/ratings";
import { prepared } from "./prepared";
import type { Executor } from "./transaction";

export function insertProject(
  q: Executor,
  values: {
    id: string;
    name: string;
    ratingScale: Rating[];
    isBlindReview: boolean;
    isDemo?: boolean;
    createdBy: string;
  } & Partial<Pick<Project, "organizationName" | "organizationUrl">>,
): Project {
  return q.insert(projects).values(values).returning().get();
}

export function getProjectById(q: Executor, options: { id: string }): Project | undefined {
  return prepared(q, "getProjectById", (q) =>
    q
      .select()
      .from(projects)
      .where(eq(projects.id, sql.placeholder("id")))
      .prepare(),
  ).get({ id: options.id });
}

export type ProjectChanges = Partial<
  Pick<Project, "name" | "organizationName" | "organizationUrl" | "isBlindReview" | "ratingScale">
>;

/** Writes `changes` and bumps the version; returns the new row. */
export function updateProject(q: Executor, options: { id: string; changes: ProjectChanges }): Project {
  return q
    .update(projects)
    .set({ ...options.changes, version: sql`${projects.version} + 1`, updatedAt: nowSql })
    .where(eq(projects.id, options.id))
    .returning()
    .get();
}

export function getMembershipRole(q: Executor, options: { projectId: string; userId: string }): ProjectRole | null {
  const query = prepared(q, "getMembershipRole", (q) =>
    q
      .select({ role: projectMembers.role })
      .from(projectMembers)
      .where(
        and(
          eq(projectMembers.projectId, sql.placeholder("projectId")),
          eq(projectMembers.userId, sql.placeholder("userId")),
        ),
      )
      .prepare(),
  );
  return query.get(options)?.role ?? null;
}

export type ProjectSummary = {
  id: string;
  name: string;
  role: ProjectRole | null;
  isDemo: boolean;
  isBlindReview: boolean;
  documentCount: number;
  createdAt: string;
  version: number;
};

// Qualified by hand: drizzle leaves columns unqualified in a one-table select.
const documentCount = sql<number>`(select count(*) from documents d where d.project_id = "projects"."id")`;

/** Projects the user is a member of; with `isAdmin`, every project (role null where not a member). */
export function listProjectsForUser(q: Executor, options: { userId: string; isAdmin: boolean }): ProjectSummary[] {
  const base = q
    .select({
      id: projects.id,
      name: projects.name,
      role: projectMembers.role,
      isDemo: projects.isDemo,
      isBlindReview: projects.isBlindReview,
      documentCount,
      createdAt: projects.createdAt,
      version: projects.version,
    })
    .from(projects);
  const joined = options.isAdmin
    ? base.leftJoin(
        projectMembers,
        and(eq(projectMembers.projectId, projects.id), eq(projectMembers.userId, options.userId)),
      )
    : base.innerJoin(
        projectMembers,
        and(eq(projectMembers.projectId, projects.id), eq(projectMembers.userId, options.userId)),
      );
  return joined.orderBy(asc(projects.name)).all();
}

export function getMember(q: Executor, options: { projectId: string; userId: string }) {
  return q
    .select()
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, options.projectId), eq(projectMembers.userId, options.userId)))
    .get();
}

export function insertMember(q: Executor, values: { projectId: string; userId: string; role: ProjectRole }) {
  return q.insert(projectMembers).values(values).returning().get();
}

export function updateMemberRole(q: Executor, options: { projectId: string; userId: string; role: ProjectRole }) {
  return q
    .update(projectMembers)
    .set({
      role: options.role,
      version: sql`${projectMembers.version} + 1`,
      updatedAt: nowSql,
    })
    .where(and(eq(projectMembers.projectId, options.projectId), eq(projectMembers.userId, options.userId)))
    .returning()
    .get();
}

/** A member as the members page and the API show it. */
export type MemberWithUser = MemberView & { email: string; since: string };

const memberColumns = {
  userId: users.id,
  name: users.name,
  email: users.email,
  role: projectMembers.role,
  since: projectMembers.createdAt,
};

export function listMembersByProjectId(q: Executor, options: { projectId: string }): MemberWithUser[] {
  return q
    .select(memberColumns)
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, options.projectId))
    .orderBy(asc(users.name))
    .all();
}

export function getMemberWithUser(
  q: Executor,
  options: { projectId: string; userId: string },
): MemberWithUser | undefined {
  return q
    .select(memberColumns)
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(and(eq(projectMembers.projectId, options.projectId), eq(projectMembers.userId, options.userId)))
    .get();
}

/** Each project the user is a member of with their role; with `isAdmin`, every project (role null where not a member). */
export function listProjectRowsForUser(
  q: Executor,
  options: { userId: string; isAdmin: boolean },
): { project: Project; role: ProjectRole | null }[] {
  const base = q.select({ project: projects, role: projectMembers.role }).from(projects);
  const membership = and(eq(projectMembers.projectId, projects.id), eq(projectMembers.userId, options.userId));
  const joined = options.isAdmin
    ? base.leftJoin(projectMembers, membership)
    : base.innerJoin(projectMembers, membership);
  return joined.orderBy(asc(projects.name)).all();
}
