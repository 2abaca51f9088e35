"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import type { NotificationActions } from "./notification-actions";
import { NotificationItems } from "./notification-items";
import { useNotificationList } from "./use-notification-list";
import { useUnreadCount } from "./use-unread-count";

const PANEL_SIZE = 10;

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
      <path d="M10 2a5 5 0 0 0-5 5v2.6L3.3 12.9A1 1 0 0 0 4.2 14.5h11.6a1 1 0 0 0 .9-1.6L15 9.6V7a5 5 0 0 0-5-5Zm-2 13.5a2 2 0 0 0 4 0H8Z" />
    </svg>
  );
}

/**
 * The header's bell: the count of unread notices, live (use-unread-count.ts), opening a panel
 * of the latest ones, each marked read one by one or all at once, with a link to the full list.
 * Escape or a click outside closes the panel; Escape returns focus to the bell.
 */
export function NotificationBell({ initialUnread, actions }: { initialUnread: number; actions: NotificationActions }) {
  const [unread, setUnread] = useUnreadCount(initialUnread);
  const [isOpen, setOpen] = useState(false);
  const list = useNotificationList(actions, setUnread);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { load } = list;

  // Opened, and whenever a notice comes or goes while open: the panel shows the latest.
  useEffect(() => {
    if (isOpen) void load(PANEL_SIZE);
  }, [isOpen, unread, load]);

  // Escape anywhere closes it (focus may have left the panel with the button of a notice just read).
  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [isOpen]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        className="flex items-center gap-1 rounded px-1.5 py-1 text-stone-700 hover:bg-stone-100 hover:text-stone-950"
        aria-label={`Notifications: ${unread} unread`}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((open) => !open)}
      >
        <BellIcon />
        <span
          aria-hidden="true"
          data-testid="unread-count"
          className={`rounded-full px-1.5 text-xs tabular-nums ${unread > 0 ? "bg-sky-800 text-white" : "bg-stone-200 text-stone-700"}`}
        >
          {unread}
        </span>
      </button>
      {isOpen ? (
        <div
          id={panelId}
          role="dialog"
          aria-label="Notifications"
          className="absolute right-0 z-30 mt-2 w-96 max-w-[90vw] rounded border border-stone-200 bg-white shadow-lg"
        >
          <div className="flex items-center justify-between border-b border-stone-200 px-3 py-2">
            <h2 className="text-sm font-semibold">Notifications</h2>
            <button
              type="button"
              className="text-xs text-sky-800 underline disabled:text-stone-400 disabled:no-underline"
              disabled={unread === 0}
              onClick={() => void list.markAll()}
            >
              Mark all read
            </button>
          </div>
          {list.error ? (
            <p role="alert" className="px-3 py-2 text-sm text-red-800">
              {list.error}
            </p>
          ) : null}
          {list.items === null ? (
            <p className="px-3 py-2 text-sm text-stone-500">Loading…</p>
          ) : list.items.length === 0 ? (
            <p className="px-3 py-2 text-sm text-stone-600">No notifications yet.</p>
          ) : (
            <div className="max-h-96 overflow-auto">
              <NotificationItems notifications={list.items} onMarkRead={list.markOne} />
            </div>
          )}
          <div className="border-t border-stone-200 px-3 py-2 text-right">
            <Link href="/notifications" className="text-xs text-sky-800 underline" onClick={() => setOpen(false)}>
              See all notifications
            </Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}
