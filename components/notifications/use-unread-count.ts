"use client";

import { useEffect, useState } from "react";
import { keepEventSource } from "@/lib/http/keep-event-source";

/**
 * How many of the signed-in person's notices are unread, kept live by their own event stream
 * (`GET /api/v1/me/events`, `event: notifications`): a notice written for them, or read in
 * another tab, changes it at once. `set` takes a count a server action answered.
 */
export function useUnreadCount(initial: number): [number, (count: number) => void] {
  const [count, setCount] = useState(initial);
  useEffect(
    () =>
      keepEventSource(() => {
        const source = new EventSource("/api/v1/me/events");
        source.addEventListener("notifications", (event: MessageEvent<string>) => {
          try {
            const data = JSON.parse(event.data) as { unreadCount?: unknown };
            if (typeof data.unreadCount === "number") setCount(data.unreadCount);
          } catch {
            // A malformed event is skipped: the next one carries the whole count again.
          }
        });
        return source;
      }),
    [],
  );
  return [count, setCount];
}
