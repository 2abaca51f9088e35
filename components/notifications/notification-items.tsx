"use client";

import type { NotificationView } from "@/lib/notifications/types";

/**
 * A list of notices, each a link to the claim in its document, with its project, document and
 * time, and for an unread one a button to mark it read. Opening a notice marks it read first,
 * then goes there (a plain link: on the same document page, the hash change opens the claim).
 */
export function NotificationItems({
  notifications,
  onMarkRead,
}: {
  notifications: NotificationView[];
  onMarkRead: (id: string) => Promise<void>;
}) {
  return (
    <ul aria-label="Notifications" className="divide-y divide-stone-200">
      {notifications.map((n) => (
        <li key={n.id} className="flex items-start gap-2 px-3 py-2" data-notification-id={n.id} data-read={n.isRead}>
          <span
            aria-hidden="true"
            className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${n.isRead ? "bg-transparent" : "bg-sky-700"}`}
          />
          <div className="min-w-0 flex-1">
            <a
              href={n.href}
              className={`block text-sm hover:underline ${n.isRead ? "text-stone-700" : "font-medium text-stone-950"}`}
              onClick={async (e) => {
                if (n.isRead || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                await onMarkRead(n.id);
                window.location.assign(n.href);
              }}
            >
              {n.isRead ? null : <span className="sr-only">Unread: </span>}
              {n.text}
            </a>
            <p className="text-xs text-stone-500">
              {n.project.name}
              {n.document ? ` · ${n.document.title}` : ""} ·{" "}
              <time dateTime={n.createdAt}>{new Date(n.createdAt).toLocaleString()}</time>
            </p>
          </div>
          {n.isRead ? null : (
            <button
              type="button"
              className="shrink-0 rounded px-1.5 py-0.5 text-xs text-sky-800 underline hover:bg-sky-50"
              aria-label={`Mark read: ${n.text}`}
              onClick={async (e) => {
                // The button goes once read: keep the keyboard's place on the notice's link.
                const link = e.currentTarget.closest("li")?.querySelector("a");
                await onMarkRead(n.id);
                link?.focus();
              }}
            >
              Mark read
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
