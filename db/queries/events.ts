import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, sql, type SQL } from "drizzle-orm";
import { claims, documents, events, users, type Event } from "../schema";
import { prepared } from "./prepared";
import type { Executor } from "./transaction";

export type NewEvent = {
  actorId: string | null;
  projectId?: string | null;
  documentId?: string | null;
  claimId?: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: Event["before"];
  after?: Event["after"];
};

/** Every change writes one: a query prepared once. */
export function insertEvent(q: Executor, event: NewEvent): number {
  const insert = prepared(q, "insertEvent", (q) =>
    q
      .insert(events)
      .values({
        actorId: sql.placeholder("actorId"),
        projectId: sql.placeholder("projectId"),
        documentId: sql.placeholder("documentId"),
        claimId: sql.placeholder("claimId"),
        entityType: sql.placeholder("entityType"),
        entityId: sql.placeholder("entityId"),
        action: sql.placeholder("action"),
        // Bound as written below: Drizzle's JSON encoder would store a missing value as 'null'.
        before: sql`${sql.placeholder("before")}`,
        after: sql`${sql.placeholder("after")}`,
      })
      .returning({ id: events.id })
      .prepare(),
  );
  const json = (value: NewEvent["before"]) => (value === undefined || value === null ? null : JSON.stringify(value));
  const row = insert.get({
    actorId: event.actorId,
    projectId: event.projectId ?? null,
    documentId: event.documentId ?? null,
    claimId: event.claimId ?? null,
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    before: json(event.before),
    after: json(event.after),
  });
  return (row as { id: number }).id;
}

export function listEventsByDocumentIdAfter(
  q: Executor,
  options: { documentId: string; afterId: number; limit?: number },
) {
  return q
    .select()
    .from(events)
    .where(and(eq(events.documentId, options.documentId), gt(events.id, options.afterId)))
    .orderBy(events.id)
    .limit(options.limit ?? 500)
    .all();
}

export function listEventsByClaimId(q: Executor, options: { claimId: string; limit?: number }) {
  return q
    .select({
      id: events.id,
      actorId: events.actorId,
      actorName: users.name,
      entityType: events.entityType,
      entityId: events.entityId,
      action: events.action,
      before: events.before,
      after: events.after,
      createdAt: events.createdAt,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(eq(events.claimId, options.claimId))
    .orderBy(desc(events.id))
    .limit(options.limit ?? 200)
    .all();
}

/** The id of the newest event of a document (0 when none): where a new stream starts. */
export function latestEventIdByDocumentId(q: Executor, options: { documentId: string }): number {
  return (
    q
      .select({ id: events.id })
      .from(events)
      .where(eq(events.documentId, options.documentId))
      .orderBy(desc(events.id))
      .limit(1)
      .get()?.id ?? 0
  );
}

export type ActivityRow = {
  id: number;
  actorId: string | null;
  actorName: string | null;
  documentId: string | null;
  documentTitle: string | null;
  claimId: string | null;
  claimText: string | null;
  /** Set when the claim has since been deleted. */
  claimDeletedAt: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
};

/**
 * A page of a project's audit events, newest first (keyset: events before `beforeId`), each with
 * its actor's name and the wording of its claim and the title of its document where it has them;
 * optionally only one person's, one document's, or of some entity types.
 */
export function listEventsByProjectId(
  q: Executor,
  options: {
    projectId: string;
    beforeId?: number;
    actorId?: string;
    documentId?: string;
    entityTypes?: string[];
    limit: number;
  },
): ActivityRow[] {
  const conditions: (SQL | undefined)[] = [eq(events.projectId, options.projectId)];
  if (options.beforeId !== undefined) conditions.push(lt(events.id, options.beforeId));
  if (options.actorId !== undefined) conditions.push(eq(events.actorId, options.actorId));
  if (options.documentId !== undefined) conditions.push(eq(events.documentId, options.documentId));
  if (options.entityTypes !== undefined) conditions.push(inArray(events.entityType, options.entityTypes));
  return q
    .select({
      id: events.id,
      actorId: events.actorId,
      actorName: users.name,
      documentId: events.documentId,
      documentTitle: documents.title,
      claimId: events.claimId,
      claimText: claims.claimText,
      claimDeletedAt: claims.deletedAt,
      entityType: events.entityType,
      entityId: events.entityId,
      action: events.action,
      before: events.before,
      after: events.after,
      createdAt: events.createdAt,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .leftJoin(documents, eq(documents.id, events.documentId))
    .leftJoin(claims, eq(claims.id, events.claimId))
    .where(and(...conditions))
    .orderBy(desc(events.id))
    .limit(options.limit)
    .all();
}

/** The people who have acted in a project, by name, for its activity's filter. */
export function listActorsByProjectId(q: Executor, options: { projectId: string }): { id: string; name: string }[] {
  return q
    .selectDistinct({ id: users.id, name: users.name })
    .from(events)
    .innerJoin(users, eq(users.id, events.actorId))
    .where(eq(events.projectId, options.projectId))
    .orderBy(asc(users.name))
    .all();
}
