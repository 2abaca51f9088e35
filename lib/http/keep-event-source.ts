/** How long to wait before opening a stream again after the server refused it. */
export const RECONNECT_AFTER_REFUSAL_MS = 15_000;

/**
 * Keeps a Server-Sent Events stream open in the browser: `open` makes the EventSource (its URL
 * and listeners; called again for each new one). EventSource reconnects by itself after a
 * dropped connection, but gives up for good when the server refuses it (429: this session has
 * too many streams open, in other tabs): it is then opened again after a while. Returns what
 * closes it for good.
 */
export function keepEventSource(open: () => EventSource): () => void {
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = () => {
    const next = open();
    next.onerror = () => {
      if (next.readyState !== EventSource.CLOSED) return;
      retry = setTimeout(connect, RECONNECT_AFTER_REFUSAL_MS);
    };
    source = next;
  };
  connect();
  return () => {
    clearTimeout(retry);
    source?.close();
  };
}
