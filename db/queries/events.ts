import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import { events } from "../schema";
import type { Executor } from "./transaction";

export type NewEvent = {
  actorId: string | null;
  projectId?: string | null;
  documentId?: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

export function insertEvent(q: Executor, event: NewEvent): number {
  const row = q
    .insert(events)
    .values({
      actorId: event.actorId,
      projectId: event.projectId ?? null,
      documentId: event.documentId ?? null,
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

export function listEventsByEntity(q: Executor, options: { entityType: string; entityId: string; limit?: number }) {
  return q
    .select()
    .from(events)
    .where(and(eq(events.entityType, options.entityType), eq(events.entityId, options.entityId)))
    .orderBy(desc(events.id))
    .limit(options.limit ?? 100)
    .all();
}

export function listEventsByDocumentIdAfter(q: Executor, options: { documentId: string; afterId: number; limit?: number }) {
  return q
    .select()
    .from(events)
    .where(and(eq(events.documentId, options.documentId), gt(events.id, options.afterId)))
    .orderBy(events.id)
    .limit(options.limit ?? 500)
    .all();
}
