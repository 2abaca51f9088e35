"use client";

import { useEffect, useState } from "react";

const RECONNECT_AFTER_REFUSAL_MS = 15_000;

/**
 * How many of the signed-in person's notices are unread, kept live by their own event stream
 * (`GET /api/v1/me/events`, `event: notifications`): a notice written for them, or read in
 * another tab, changes it at once. `set` takes a count a server action answered.
 */
export function useUnreadCount(initial: number): [number, (count: number) => void] {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      const next = new EventSource("/api/v1/me/events");
      next.addEventListener("notifications", (event: MessageEvent<string>) => {
        try {
          const data = JSON.parse(event.data) as { unreadCount?: unknown };
          if (typeof data.unreadCount === "number") setCount(data.unreadCount);
        } catch {
          // A malformed event is skipped: the next one carries the whole count again.
        }
      });
      // EventSource gives up for good when refused (429, too many streams): try again later.
      next.onerror = () => {
        if (next.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(connect, RECONNECT_AFTER_REFUSAL_MS);
      };
      source = next;
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, []);
  return [count, setCount];
}
