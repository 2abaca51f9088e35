"use client";

import { useCallback, useState } from "react";
import type { NotificationList, NotificationView } from "@/lib/notifications/types";
import type { NotificationActions } from "./notification-actions";

/**
 * A list of the person's notices held in the page, with marking read one or all; the unread
 * count each answer carries goes to `onUnread` (the bell's badge).
 */
export function useNotificationList(actions: NotificationActions, onUnread: (count: number) => void) {
  const [items, setItems] = useState<NotificationView[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (limit: number) => {
      const result = await actions.list({ limit });
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setItems(result.data.notifications);
      setNextCursor(result.data.nextCursor);
      onUnread(result.data.unreadCount);
    },
    [actions, onUnread],
  );

  const applyRead = useCallback(
    async (input: { ids: string[] } | { all: true }) => {
      const result = await actions.markRead(input);
      if (!result.ok) return setError(result.error.message);
      setError(null);
      const ids = "ids" in input ? new Set(input.ids) : null;
      setItems((list) => list?.map((n) => (ids === null || ids.has(n.id) ? { ...n, isRead: true } : n)) ?? list);
      onUnread(result.data.unreadCount);
    },
    [actions, onUnread],
  );

  return {
    items,
    nextCursor,
    error,
    load,
    setList: (list: NotificationList) => {
      setItems(list.notifications);
      setNextCursor(list.nextCursor);
    },
    markOne: (id: string) => applyRead({ ids: [id] }),
    markAll: () => applyRead({ all: true }),
  };
}
