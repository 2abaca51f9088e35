import "server-only";
import { countUnreadNotifications } from "@/db/queries/notifications";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";

/** How many of the actor's notices are unread, for the header's bell and its live stream. */
export function countMyUnreadNotifications(actor: SessionActor): number {
  return countUnreadNotifications(reader(), { userId: actor.userId });
}
