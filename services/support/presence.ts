import "server-only";
import { randomUUID } from "node:crypto";
import { PRESENCE_HEARTBEAT_MS, PresenceRegistry, type PresenceSnapshot } from "@/lib/presence/presence-registry";
import type { SessionActor } from "./actor";
import { publishPresence } from "./live-events";

// One registry per process, kept across module reloads in development like the event bus.
const globalForPresence = globalThis as unknown as { claimdeskPresence?: PresenceRegistry };
const registry = (globalForPresence.claimdeskPresence ??= new PresenceRegistry());

export { PRESENCE_HEARTBEAT_MS };

export type PresenceHandle = { streamId: string; leave: () => void };

const absent: PresenceHandle = { streamId: "", leave: () => {} };

/**
 * A page's live stream of the document opened (`tab` names the page's tab; a stream without
 * one, an API client's, is no person on the page): its reader is on the page until `leave`,
 * called when the stream closes. The document's streams are told at once.
 */
export function joinPresence(documentId: string, actor: SessionActor, tab: string | null): PresenceHandle {
  if (tab === null) return absent;
  const streamId = randomUUID();
  registry.join(documentId, { streamId, userId: actor.userId, name: actor.name, tab }, Date.now());
  publishPresence(documentId);
  let isGone = false;
  return {
    streamId,
    leave: () => {
      if (isGone) return;
      isGone = true;
      if (registry.leave(documentId, streamId)) publishPresence(documentId);
    },
  };
}

/** What the stream `streamId` is told about who else is on the page. */
export function presenceSnapshot(documentId: string, streamId: string, userId: string): PresenceSnapshot {
  return registry.snapshotFor(documentId, streamId, userId);
}

/** The actor's tab reports in with the claim it has open; the document's streams are told when that changes what they show. */
export function setOpenClaim(
  documentId: string,
  actor: SessionActor,
  tab: string,
  claim: { claimId: string; quote: string } | null,
): void {
  if (registry.setOpenClaim(documentId, { userId: actor.userId, tab }, claim, Date.now())) publishPresence(documentId);
}

/** Hides the document's pages that stopped reporting in (a dropped connection), telling its streams. */
export function sweepPresence(documentId: string): void {
  if (registry.sweep(documentId, Date.now())) publishPresence(documentId);
}
