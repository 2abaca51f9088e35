import { AppError } from "@/lib/errors";
import { countMyUnreadNotifications } from "@/services/count-my-unread-notifications";
import { subscribeToUser } from "@/services/support/live-events";
import { MAX_STREAMS_PER_CREDENTIAL, registerStream, takeStreamSlot } from "@/services/support/stream-slots";
import { credentialKey, requireActor } from "../../../_http/auth";
import { route } from "../../../_http/route";

const POLL_MS = 15_000;
const KEEPALIVE_MS = 15_000;

/**
 * Server-Sent Events for the caller themself: `event: notifications` with `{unreadCount}` when
 * the stream opens and whenever a notice of theirs is written or read (woken by the in-process
 * bus; a slow poll catches writers in other processes). Its slots are counted apart from the
 * document streams', so every open page can hold one beside its document's.
 */
export const GET = route((request) => {
  const actor = requireActor(request);
  const key = credentialKey(request) ?? `user:${actor.userId}`;
  const releaseSlot = takeStreamSlot(`me:${key}`);
  if (!releaseSlot) {
    throw new AppError(
      "throttled",
      `At most ${MAX_STREAMS_PER_CREDENTIAL} live streams may be open at once per session; close one and try again.`,
      { retryAfter: 15 },
    );
  }
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let isClosed = false;
      let lastSent: number | null = null;
      const send = (text: string) => {
        if (isClosed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const close = () => {
        if (isClosed) return;
        isClosed = true;
        releaseSlot();
        unregister();
        clearInterval(poll);
        clearInterval(keepalive);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the reader.
        }
      };
      const flush = (always: boolean) => {
        if (isClosed) return;
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
      // Signing out, revoking the token or disabling the account closes the stream at once.
      const unregister = registerStream(key, close);
      const poll = setInterval(() => flush(false), POLL_MS);
      const keepalive = setInterval(() => send(": keep-alive\n\n"), KEEPALIVE_MS);
      request.signal.addEventListener("abort", close);
      stop = close;
      if (request.signal.aborted) return close();
      send("retry: 3000\n\n");
      flush(true);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
