"use client";

import Link from "next/link";
import { useState } from "react";
import type { NotificationList } from "@/lib/notifications/types";
import type { NotificationActions } from "./notification-actions";
import { NotificationItems } from "./notification-items";
import { useNotificationList } from "./use-notification-list";

/** The notifications page's list: one page of notices, marked read one by one or all, with a link to older ones. */
export function NotificationPage({ initial, actions }: { initial: NotificationList; actions: NotificationActions }) {
  const [unread, setUnread] = useState(initial.unreadCount);
  const list = useNotificationList(actions, setUnread);
  const items = list.items ?? initial.notifications;
  const nextCursor = list.items === null ? initial.nextCursor : list.nextCursor;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-4">
        <p className="text-sm text-stone-600" role="status">
          {unread === 0 ? "Everything is read." : `${unread} unread.`}
        </p>
        <button
          type="button"
          className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 disabled:opacity-60"
          disabled={unread === 0}
          onClick={() => {
            if (list.items === null) list.setList(initial);
            void list.markAll();
          }}
        >
          Mark all read
        </button>
      </div>
      {list.error ? (
        <p role="alert" className="text-sm text-red-800">
          {list.error}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="text-stone-700">No notifications yet.</p>
      ) : (
        <div className="rounded border border-stone-200 bg-white">
          <NotificationItems
            notifications={items}
            onMarkRead={async (id) => {
              if (list.items === null) list.setList(initial);
              await list.markOne(id);
            }}
          />
        </div>
      )}
      {nextCursor ? (
        <Link
          href={`/notifications?cursor=${encodeURIComponent(nextCursor)}`}
          className="text-sm text-sky-800 underline"
        >
          Older notifications
        </Link>
      ) : null}
    </div>
  );
}
