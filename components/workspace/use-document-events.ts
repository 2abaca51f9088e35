"use client";

import { useEffect, useRef } from "react";
import { keepEventSource } from "@/lib/http/keep-event-source";
import type { EventGate } from "./event-gate";
import { presenceTabId, receivePresence } from "./presence-store";

export const documentEventNames = [
  "claim.created",
  "claim.updated",
  "claim.deleted",
  "verdict.created",
  "verdict.updated",
  "resolution.created",
  "resolution.updated",
  "source.created",
  "source.updated",
  "source.deleted",
  "comment.created",
  "comment.updated",
  "comment.deleted",
  "document.revised",
] as const;
export type DocumentEventName = (typeof documentEventNames)[number];

export type DocumentEventHandlers = {
  onEvent: (name: DocumentEventName, data: Record<string, unknown>) => void;
  /** `onEvent` threw: the page no longer shows what the server holds. */
  onError: (error: unknown) => void;
};

/**
 * Listens to the document's Server-Sent Events, so others' claims, verdicts and comments
 * appear without a reload. EventSource reconnects by itself and resumes with Last-Event-ID.
 * Events pass through `gate`, which holds them while this page's own writes are in flight.
 */
export function useDocumentEvents(
  documentId: string,
  /** Where the page's data ends; null while it is still loading (no stream yet). */
  eventsAfter: number | null,
  gate: EventGate,
  handlers: DocumentEventHandlers,
): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    if (eventsAfter === null) return;
    // The first connection starts where the page's data was read; reconnections resume from
    // the last event received (the browser sends Last-Event-ID, which takes precedence).
    let lastEventId = eventsAfter;
    const listener = (event: MessageEvent<string>) => {
      if (/^\d+$/.test(event.lastEventId)) lastEventId = Number(event.lastEventId);
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(event.data) as Record<string, unknown>;
      } catch {
        return; // A malformed event is skipped; the next change or a reload brings the state back.
      }
      gate.pass(() => {
        try {
          current.current.onEvent(event.type as DocumentEventName, data);
        } catch (error) {
          current.current.onError(error);
        }
      });
    };
    // A stream refused (429: this session has too many streams open, in other tabs) is opened
    // again later, from the last event received.
    return keepEventSource(() => {
      // `tab` ties this page's presence (presence-bar.tsx) to the stream that carries it.
      const source = new EventSource(
        `/api/v1/documents/${encodeURIComponent(documentId)}/events?lastEventId=${lastEventId}&tab=${presenceTabId()}`,
      );
      for (const name of documentEventNames) source.addEventListener(name, listener);
      source.addEventListener("presence", (event) => receivePresence(documentId, event.data));
      return source;
    });
  }, [documentId, eventsAfter, gate]);
}
