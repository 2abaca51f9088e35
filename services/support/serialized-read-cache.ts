import "server-only";
import { createHash } from "node:crypto";

/**
 * A read's answer as sent: its JSON text in UTF-8 (encoded once: a server sends bytes, and
 * encoding a large text again for every request costs as much as the rest of sending it) and a
 * strong ETag naming exactly that text.
 */
export interface SerializedRead {
  body: Uint8Array;
  etag: string;
}

/** Answers kept at most, and their bytes in all. */
export const SERIALIZED_READ_CACHE_LIMITS = { entries: 32, bytes: 32 * 1024 * 1024 };

const cache = new Map<string, SerializedRead & { version: string }>();
let bytes = 0;

function forget(key: string): void {
  const entry = cache.get(key);
  if (!entry) return;
  cache.delete(key);
  bytes -= entry.body.byteLength;
}

/**
 * The JSON answer to a read named `key` (what is read, and for whom), made by `make` unless the
 * one kept was made at the same database version (db/queries/database-version.ts): nothing has
 * been written since, so it is still the answer. A client polling a large list that has not
 * changed (a document's claims) then costs neither their assembly nor their serialisation. The
 * caller checks access before asking, every time: the cache answers only what to send. The
 * least recently used answer goes first, within SERIALIZED_READ_CACHE_LIMITS; an answer larger
 * than a quarter of the room is made and sent, not kept.
 */
export function serializedRead(key: string, version: string, make: () => unknown): SerializedRead {
  const kept = cache.get(key);
  if (kept && kept.version === version) {
    cache.delete(key);
    cache.set(key, kept);
    return kept;
  }
  forget(key);
  const body = Buffer.from(JSON.stringify(make()), "utf8");
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const entry = { body, etag, version };
  if (body.byteLength > SERIALIZED_READ_CACHE_LIMITS.bytes / 4) return entry;
  cache.set(key, entry);
  bytes += body.byteLength;
  for (const k of cache.keys()) {
    if (cache.size <= SERIALIZED_READ_CACHE_LIMITS.entries && bytes <= SERIALIZED_READ_CACHE_LIMITS.bytes) break;
    if (k !== key) forget(k);
  }
  return entry;
}

/** Empties the cache (tests). */
export function clearSerializedReads(): void {
  cache.clear();
  bytes = 0;
}
