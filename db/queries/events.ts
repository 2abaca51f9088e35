import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import { events, users, type Event } from "../schema";
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

export function insertEvent(q: Executor, event: NewEvent): number {
  const row = q
    .insert(events)
    .values({
      actorId: event.actorId,
      projectId: event.projectId ?? null,
      documentId: event.documentId ?? null,
      claimId: event.claimId ?? null,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      before: event.before ?? null,
      after: event.after ?? null,
    })
    .returning({ id: events.id })
    .get();
  return row.id;
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
