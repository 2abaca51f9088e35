import "server-only";

/**
 * Open live streams per credential (a session cookie or an API token), so that one account
 * cannot hold the server's connections and timers open without end. In memory: streams live
 * in this process and end with it.
 */
export const MAX_STREAMS_PER_CREDENTIAL = 5;

const open = new Map<string, number>();

/** Takes one of `key`'s slots: a function that gives it back (once, however often called), or null when all are taken. */
export function takeStreamSlot(key: string, limit = MAX_STREAMS_PER_CREDENTIAL): (() => void) | null {
  const count = open.get(key) ?? 0;
  if (count >= limit) return null;
  open.set(key, count + 1);
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    const left = (open.get(key) ?? 1) - 1;
    if (left > 0) open.set(key, left);
    else open.delete(key);
  };
}
