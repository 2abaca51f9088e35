import "server-only";
import { EventEmitter } from "node:events";

/**
 * In-process notifications of changes to a document's claims, for its Server-Sent Events
 * stream. What each reader receives is re-read through the services with that reader's
 * rights, so a notification carries only what changed, never the data.
 */
export type DocumentChange = { documentId: string; type: string; entityId: string };

const globalForLive = globalThis as unknown as { claimdeskLive?: EventEmitter };
const emitter = (globalForLive.claimdeskLive ??= new EventEmitter().setMaxListeners(0));

export function publishDocumentEvent(documentId: string, type: string, entityId: string): void {
  emitter.emit(`document:${documentId}`, { documentId, type, entityId } satisfies DocumentChange);
}

export function subscribeToDocument(documentId: string, listener: (change: DocumentChange) => void): () => void {
  const name = `document:${documentId}`;
  emitter.on(name, listener);
  return () => emitter.off(name, listener);
}

/** A change for one person, not tied to a document (a new notice, notices read): their own stream re-reads its state. */
export type UserChange = { userId: string; type: "notification" };

export function publishUserEvent(userId: string, type: UserChange["type"]): void {
  emitter.emit(`user:${userId}`, { userId, type } satisfies UserChange);
}

export function subscribeToUser(userId: string, listener: (change: UserChange) => void): () => void {
  const name = `user:${userId}`;
  emitter.on(name, listener);
  return () => emitter.off(name, listener);
}

/** Who has a document open changed: its streams send the new list (services/support/presence.ts). */
export function publishPresence(documentId: string): void {
  emitter.emit(`presence:${documentId}`);
}

export function subscribeToPresence(documentId: string, listener: () => void): () => void {
  const name = `presence:${documentId}`;
  emitter.on(name, listener);
  return () => emitter.off(name, listener);
}
