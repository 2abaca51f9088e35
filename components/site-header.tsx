import Link from "next/link";
import type { NotificationActions } from "./notifications/notification-actions";
import { NotificationBell } from "./notifications/notification-bell";

export function SiteHeader({
  user,
  queueCount,
  unreadCount,
  notificationActions,
  signOut,
}: {
  user: { name: string; permissions: { manageAccounts: boolean } } | null;
  /** How many claims wait in the signed-in person's queue. */
  queueCount: number;
  /** How many of the signed-in person's notices are unread (the bell keeps it live). */
  unreadCount: number;
  notificationActions: NotificationActions;
  signOut: () => Promise<void>;
}) {
  // The header is on every page, so its links are not prefetched: five pages made on the server
  // at each load would compete with the page's own data (a document's claims, above all).
  return (
    <header className="border-b border-stone-200 bg-white print:hidden">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
        <Link href="/" prefetch={false} className="text-lg font-semibold tracking-tight text-sky-900">
          ClaimDesk
        </Link>
        {user ? (
          <>
            <Link href="/projects" prefetch={false} className="text-sm text-stone-700 hover:text-stone-950">
              Projects
            </Link>
            <Link
              href="/queue"
              prefetch={false}
              className="text-sm text-stone-700 hover:text-stone-950"
              aria-label={`My queue: ${queueCount} ${queueCount === 1 ? "claim" : "claims"}`}
            >
              My queue{" "}
              <span
                aria-hidden="true"
                className={`rounded-full px-1.5 text-xs tabular-nums ${queueCount > 0 ? "bg-sky-800 text-white" : "bg-stone-200 text-stone-700"}`}
              >
                {queueCount}
              </span>
            </Link>
            {user.permissions.manageAccounts ? (
              <Link href="/admin/users" prefetch={false} className="text-sm text-stone-700 hover:text-stone-950">
                Accounts
              </Link>
            ) : null}
            <div className="ml-auto">
              <NotificationBell initialUnread={unreadCount} actions={notificationActions} />
            </div>
            <Link
              href="/account"
              prefetch={false}
              className="text-sm text-stone-600 hover:text-stone-950"
              aria-label={`Your account: ${user.name}`}
            >
              {user.name}
            </Link>
            <form action={signOut}>
              <button type="submit" className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100">
                Sign out
              </button>
            </form>
          </>
        ) : null}
      </nav>
    </header>
  );
}
