import type { ActionResult } from "@/lib/action-result";
import type { NotificationList } from "@/lib/notifications/types";

/** The server actions the bell and the notifications page call; each acts for the signed-in person only. */
export type NotificationActions = {
  list: (input: { cursor?: string | null; limit?: number }) => Promise<ActionResult<NotificationList>>;
  markRead: (
    input: { ids: string[] } | { all: true },
  ) => Promise<ActionResult<{ marked: number; unreadCount: number }>>;
};
