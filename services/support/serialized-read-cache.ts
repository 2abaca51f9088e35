import "server-only";
import { createHash } from "node:crypto";
import { BoundedLru } from "@/lib/cache/bounded-lru";

/**
 * A read's answer as sent: its JSON text in UTF-8 (encoded once: a server sends bytes, and
 * encoding a large text again for every request costs as much as the rest of sending it) and a
 * strong ETag naming exactly that text.
 */
export interface SerializedRead {
  body: Uint8Array;
  etag: string;
}

/** Answers kept at most, their bytes in all, and the largest one kept. */
export const SERIALIZED_READ_CACHE_LIMITS = { entries: 32, bytes: 32 * 1024 * 1024, answerBytes: 8 * 1024 * 1024 };

const cache = new BoundedLru<SerializedRead & { version: string }>({
  entries: SERIALIZED_READ_CACHE_LIMITS.entries,
  size: SERIALIZED_READ_CACHE_LIMITS.bytes,
  entrySize: SERIALIZED_READ_CACHE_LIMITS.answerBytes,
});

/**
 * The JSON answer to a read named `key` (what is read, and for whom), made by `make` unless the
 * one kept was made at the same database version (db/queries/database-version.ts): nothing has
 * been written since, so it is still the answer. A client polling a large list that has not
 * changed (a document's claims) then costs neither their assembly nor their serialisation. The
 * caller checks access before asking, every time: the cache answers only what to send. The
 * least recently used answer goes first, within SERIALIZED_READ_CACHE_LIMITS; a larger answer
 * than `answerBytes` is made and sent, not kept.
 */
export function serializedRead(key: string, version: string, make: () => unknown): SerializedRead {
  const kept = cache.get(key);
  if (kept && kept.version === version) return kept;
  const body = Buffer.from(JSON.stringify(make()), "utf8");
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const entry = { body, etag, version };
  cache.set(key, entry, body.byteLength);
  return entry;
}

/** Empties the cache (tests). */
export function clearSerializedReads(): void {
  cache.clear();
}
