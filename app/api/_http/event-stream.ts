import { AppError } from "@/lib/errors";
import { MAX_STREAMS_PER_CREDENTIAL, registerStream, takeStreamSlot } from "@/services/support/stream-slots";

const KEEPALIVE_MS = 15_000;

/** What a stream's sources write to, and how they end it. */
export type EventStreamSink = {
  /** Sends text as it is (whole `event:`/`data:` blocks); nothing once the stream is closed. */
  send: (text: string) => void;
  close: () => void;
  isClosed: () => boolean;
};

/**
 * A Server-Sent Events answer for a signed-in reader, with what every live stream of the API
 * shares: one of the credential's stream slots (`429` when they are all taken; `slots` names a
 * pool counted apart), registered under the credential so that signing out, revoking the token or
 * disabling the account closes it at once, a keep-alive comment, and closing when the reader goes.
 * `start` wires the stream's own sources (subscriptions, polls) and returns what undoes them.
 * Timers call into the sink after the reader may have gone: nothing in it throws.
 */
export function eventStreamResponse(options: {
  request: Request;
  /** The credential the stream belongs to (`credentialKey`, or the user's). */
  credential: string;
  slots?: string;
  start: (sink: EventStreamSink) => () => void;
}): Response {
  const { request, credential } = options;
  const releaseSlot = takeStreamSlot(options.slots ? `${options.slots}:${credential}` : credential);
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
      let undo = () => {};
      const sink: EventStreamSink = {
        send: (text) => {
          if (isClosed) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            close();
          }
        },
        close: () => close(),
        isClosed: () => isClosed,
      };
      const close = () => {
        if (isClosed) return;
        isClosed = true;
        releaseSlot();
        unregister();
        clearInterval(keepalive);
        undo();
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by the reader.
        }
      };
      const unregister = registerStream(credential, close);
      const keepalive = setInterval(() => sink.send(": keep-alive\n\n"), KEEPALIVE_MS);
      request.signal.addEventListener("abort", close);
      stop = close;
      if (request.signal.aborted) return close();
      sink.send("retry: 3000\n\n");
      undo = options.start(sink);
      if (isClosed) undo();
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
}
