import { countMyUnreadNotifications } from "@/services/count-my-unread-notifications";
import { subscribeToUser } from "@/services/support/live-events";
import { credentialKey, requireActor } from "../../../_http/auth";
import { eventStreamResponse } from "../../../_http/event-stream";
import { route } from "../../../_http/route";

const POLL_MS = 15_000;

/**
 * Server-Sent Events for the caller themself: `event: notifications` with `{unreadCount}` when
 * the stream opens and whenever a notice of theirs is written or read (woken by the in-process
 * bus; a slow poll catches writers in other processes). Its slots are counted apart from the
 * document streams', so every open page can hold one beside its document's.
 */
export const GET = route((request) => {
  const actor = requireActor(request);
  return eventStreamResponse({
    request,
    credential: credentialKey(request) ?? `user:${actor.userId}`,
    slots: "me",
    start: ({ send, close, isClosed }) => {
      let lastSent: number | null = null;
      const flush = (always: boolean) => {
        if (isClosed()) return;
        try {
          const unreadCount = countMyUnreadNotifications(actor);
          if (!always && unreadCount === lastSent) return;
          lastSent = unreadCount;
          send(`event: notifications\ndata: ${JSON.stringify({ unreadCount })}\n\n`);
        } catch (error) {
          console.error("[api] the notifications stream failed:", error);
          close();
        }
      };
      const unsubscribe = subscribeToUser(actor.userId, () => setTimeout(() => flush(true), 0));
      const poll = setInterval(() => flush(false), POLL_MS);
      flush(true);
      return () => {
        clearInterval(poll);
        unsubscribe();
      };
    },
  });
});
