import { AppError } from "@/lib/errors";
import { readDocumentFeed } from "@/services/read-document-feed";
import { startDocumentFeed } from "@/services/start-document-feed";
import { presenceTab } from "@/lib/validation/presence";
import { subscribeToDocument, subscribeToPresence } from "@/services/support/live-events";
import { joinPresence, PRESENCE_HEARTBEAT_MS, presenceSnapshot, sweepPresence } from "@/services/support/presence";
import { credentialKey, requireActor } from "../../../../_http/auth";
import { eventStreamResponse } from "../../../../_http/event-stream";
import { route } from "../../../../_http/route";

const POLL_MS = 5_000;

/**
 * Server-Sent Events of a document: claims, verdicts, resolutions, sources and comments as
 * they change, each `event: <entity>.<action>` with the entity as a GET returns it to this
 * reader, and an `id:` to resume from with Last-Event-ID. Changes made in this process wake
 * the stream at once; a slow poll catches any other writer of the database.
 *
 * Presence rides on the same stream: while it is open its reader is on the page (`?tab=` names
 * the page's tab, for its reports of the open claim), and `event: presence` tells who else is,
 * each time that changes; a closed stream (tab closed) takes its reader off at once, and a page
 * that stops reporting in (a dropped connection) goes within about ten seconds.
 */
export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const query = new URL(request.url).searchParams;
  const raw = request.headers.get("last-event-id") ?? query.get("lastEventId");
  const tab = presenceTab.safeParse(query.get("tab"));
  const newest = startDocumentFeed(actor, id); // checks read access before anything streams
  let last = raw !== null && /^\d+$/.test(raw.trim()) ? Number(raw) : newest;
  return eventStreamResponse({
    request,
    credential: credentialKey(request) ?? `user:${actor.userId}`,
    start: ({ send, close, isClosed }) => {
      const flush = () => {
        if (isClosed()) return;
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
      const sendPresence = () => {
        if (isClosed()) return;
        const snapshot = presenceSnapshot(id, presence.streamId, actor.userId);
        send(`event: presence\ndata: ${JSON.stringify(snapshot)}\n\n`);
      };
      const unsubscribePresence = subscribeToPresence(id, () => setTimeout(sendPresence, 0));
      const presence = joinPresence(id, actor, tab.success ? tab.data : null);
      const sweep = setInterval(() => sweepPresence(id), PRESENCE_HEARTBEAT_MS / 2);
      const poll = setInterval(flush, POLL_MS);
      flush();
      return () => {
        presence.leave();
        unsubscribePresence();
        clearInterval(sweep);
        clearInterval(poll);
        unsubscribe();
      };
    },
  });
});
