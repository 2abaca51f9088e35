"use client";

import type { PresenceSnapshot } from "@/lib/presence/presence-registry";

/**
 * Who else has the document open, as its live stream last said (`event: presence`), for the
 * presence bar to show. A module store, not React state: the stream (use-document-events.ts)
 * and the bar live apart in the page, and there is one document page per tab.
 */
const empty: PresenceSnapshot = { you: { claimId: null }, others: [] };
let snapshot: { documentId: string; presence: PresenceSnapshot } | null = null;
const listeners = new Set<() => void>();
let tab: string | null = null;

/** This tab's id, sent with the stream and with each report of the open claim. */
export function presenceTabId(): string {
  tab ??= crypto.randomUUID();
  return tab;
}

/** Takes an `event: presence` of the document's stream; a malformed one is skipped. */
export function receivePresence(documentId: string, data: string): void {
  try {
    const value = JSON.parse(data) as PresenceSnapshot;
    if (!Array.isArray(value.others) || typeof value.you !== "object") return;
    snapshot = { documentId, presence: value };
  } catch {
    return;
  }
  for (const listener of listeners) listener();
}

export function subscribePresence(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function presenceOf(documentId: string): PresenceSnapshot {
  return snapshot?.documentId === documentId ? snapshot.presence : empty;
}
