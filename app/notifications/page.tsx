import type { Metadata } from "next";
import Link from "next/link";
import { NotificationPage } from "@/components/notifications/notification-page";
import { AppError } from "@/lib/errors";
import { notificationListSchema } from "@/lib/validation/notifications";
import { listMyNotifications } from "@/services/list-my-notifications";
import { listNotificationsAction, markNotificationsReadAction } from "../notification-actions";
import { load } from "../_lib/load";
import { requireSessionActor } from "../_lib/session";

export const metadata: Metadata = { title: "Notifications" };

const actions = { list: listNotificationsAction, markRead: markNotificationsReadAction };

/** The signed-in person's notices, newest first, a page at a time. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const actor = await requireSessionActor("/notifications");
  const { cursor } = await searchParams;
  const input = notificationListSchema.parse({ cursor: typeof cursor === "string" ? cursor : null, limit: 30 });
  // A cursor this list did not give (a hand-edited link) shows the newest page instead.
  const list = load(() => {
    try {
      return listMyNotifications(actor, input);
    } catch (error) {
      if (error instanceof AppError && error.code === "invalid")
        return listMyNotifications(actor, { ...input, cursor: null });
      throw error;
    }
  });
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">Notifications</h1>
      <p className="text-sm text-stone-600">
        Mentions of you, claims assigned to you, resolutions of claims you rated and replies to your comments.
        {cursor ? (
          <>
            {" "}
            <Link href="/notifications" className="text-sky-800 underline">
              Newest first
            </Link>
          </>
        ) : null}
      </p>
      <NotificationPage key={cursor ?? "first"} initial={list} actions={actions} />
    </div>
  );
}
