import type { Metadata } from "next";
import { SiteHeader } from "@/components/site-header";
import { countMyQueue } from "@/services/count-my-queue";
import { countMyUnreadNotifications } from "@/services/count-my-unread-notifications";
import { getSignedInUser } from "@/services/get-signed-in-user";
import { signOutAction } from "./actions";
import { listNotificationsAction, markNotificationsReadAction } from "./notification-actions";
import { getSessionActor } from "./_lib/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ClaimDesk", template: "%s · ClaimDesk" },
  description: "Claim verification for fact-checking teams",
};

const notificationActions = { list: listNotificationsAction, markRead: markNotificationsReadAction };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getSessionActor({ allowPendingPasswordChange: true });
  return (
    <html lang="en">
      <body className="min-h-screen">
        <SiteHeader
          user={actor ? getSignedInUser(actor) : null}
          queueCount={actor ? countMyQueue(actor) : 0}
          unreadCount={actor ? countMyUnreadNotifications(actor) : 0}
          notificationActions={notificationActions}
          signOut={signOutAction}
        />
        <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
