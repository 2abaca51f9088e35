import { AppError } from "@/lib/errors";
import { readDocumentFeed } from "@/services/read-document-feed";
import { startDocumentFeed } from "@/services/start-document-feed";
import { subscribeToDocument } from "@/services/support/live-events";
import { MAX_STREAMS_PER_CREDENTIAL, takeStreamSlot } from "@/services/support/stream-slots";
import { credentialKey, requireActor } from "../../../../_http/auth";
import { route } from "../../../../_http/route";

const POLL_MS = 5_000;
const KEEPALIVE_MS = 15_000;

/**
 * Server-Sent Events of a document: claims, verdicts, resolutions, sources and comments as
 * they change, each `event: <entity>.<action>` with the entity as a GET returns it to this
 * reader, and an `id:` to resume from with Last-Event-ID. Changes made in this process wake
 * the stream at once; a slow poll catches any other writer of the database.
 */
export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  const newest = startDocumentFeed(actor, id); // checks read access before anything streams
  let last = raw !== null && /^\d+$/.test(raw.trim()) ? Number(raw) : newest;
  const releaseSlot = takeStreamSlot(credentialKey(request) ?? `user:${actor.userId}`);
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
      // Timers call these after the reader may have gone: nothing here may throw, or the
      // exception would escape into the server process.
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
        clearInterval(poll);
        clearInterval(keepalive);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the reader.
        }
      };
      const flush = () => {
        if (isClosed) return;
        try {
          for (const item of readDocumentFeed(actor, id, last)) {
            last = item.id;
            send(
              item.event
                ? `id: ${item.id}\nevent: ${item.event}\ndata: ${JSON.stringify(item.data)}\n\n`
                : `id: ${item.id}\n\n`,
            );
          }
        } catch (error) {
          // Access revoked or the document deleted: tell the client and end the stream.
          const code = error instanceof AppError ? error.code : "internal";
          send(`event: error\ndata: ${JSON.stringify({ error: { code } })}\n\n`);
          close();
        }
      };
      const unsubscribe = subscribeToDocument(id, () => setTimeout(flush, 0));
      const poll = setInterval(flush, POLL_MS);
      const keepalive = setInterval(() => send(": keep-alive\n\n"), KEEPALIVE_MS);
      request.signal.addEventListener("abort", close);
      stop = close;
      if (request.signal.aborted) return close();
      send("retry: 3000\n\n");
      flush();
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
