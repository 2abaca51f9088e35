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

/**
 * The streams open per credential, each with the function that closes it, so that ending a
 * session (sign-out) or a token (revoked, a password changed, an account disabled) closes at
 * once the streams it holds open. Kept on globalThis: route handlers and server actions may
 * load this module apart, and must share one registry.
 */
const globalForStreams = globalThis as unknown as { claimdeskStreamClosers?: Map<string, Set<() => void>> };
const closers = (globalForStreams.claimdeskStreamClosers ??= new Map<string, Set<() => void>>());

/** Registers `close` as a stream of credential `key`; answers the function that unregisters it. */
export function registerStream(key: string, close: () => void): () => void {
  let set = closers.get(key);
  if (!set) closers.set(key, (set = new Set()));
  set.add(close);
  return () => {
    const current = closers.get(key);
    if (!current) return;
    current.delete(close);
    if (current.size === 0) closers.delete(key);
  };
}

/** Closes every stream held by these credentials (keys as `credentialKey` names them). */
export function closeStreams(keys: Iterable<string>): void {
  for (const key of keys) {
    const set = closers.get(key);
    if (!set) continue;
    closers.delete(key);
    for (const close of set) close();
  }
}

/** The key of a session's streams, from the hash of its cookie's token. */
export const sessionStreamKey = (tokenHash: string) => `session:${tokenHash}`;
/** The key of an API token's streams, from its hash. */
export const tokenStreamKey = (tokenHash: string) => `token:${tokenHash}`;
