import type { Metadata } from "next";
import { SiteHeader } from "@/components/site-header";
import { countMyQueue } from "@/services/count-my-queue";
import { getSignedInUser } from "@/services/get-signed-in-user";
import { signOutAction } from "./actions";
import { getSessionActor } from "./_lib/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ClaimDesk", template: "%s · ClaimDesk" },
  description: "Claim verification for fact-checking teams",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getSessionActor();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <SiteHeader
          user={actor ? getSignedInUser(actor) : null}
          queueCount={actor ? countMyQueue(actor) : 0}
          signOut={signOutAction}
        />
        <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
