"use client";

import { useEffect, useRef } from "react";

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

/**
 * Listens to the document's Server-Sent Events, so others' claims, verdicts and comments
 * appear without a reload. EventSource reconnects by itself and resumes with Last-Event-ID.
 */
export function useDocumentEvents(
  documentId: string,
  eventsAfter: number,
  onEvent: (name: DocumentEventName, data: Record<string, unknown>) => void,
): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => {
    // The first connection starts where the page's data was read; reconnections resume from
    // the last event received (the browser sends Last-Event-ID, which takes precedence).
    const source = new EventSource(`/api/v1/documents/${encodeURIComponent(documentId)}/events?lastEventId=${eventsAfter}`);
    const listener = (event: MessageEvent<string>) => {
      try {
        handler.current(event.type as DocumentEventName, JSON.parse(event.data) as Record<string, unknown>);
      } catch {
        // A malformed event is skipped; the next change or a reload brings the state back.
      }
    };
    for (const name of documentEventNames) source.addEventListener(name, listener);
    return () => source.close();
  }, [documentId, eventsAfter]);
}
