import type { ClaimSort, SortOrder } from "../validation/claim-search";

/** The values of a row's sort key, the claim's id last: where the next page starts after. */
export type SortKey = (string | number)[];

type CursorBody = { s: ClaimSort; o: SortOrder; k: SortKey };

/**
 * An opaque cursor (keyset pagination): the sort, the order and the key of the last row of a
 * page, as base64url JSON. It names no offset, so rows added or removed meanwhile never make
 * a row appear twice or be skipped among those that stay.
 */
export function encodeSearchCursor(sort: ClaimSort, order: SortOrder, key: SortKey): string {
  const body: CursorBody = { s: sort, o: order, k: key };
  return Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
}

/**
 * The key a cursor carries, or null when it is not one of ours, or was made for another sort,
 * order or key length (a cursor only continues the listing it came from).
 */
export function decodeSearchCursor(
  cursor: string,
  expected: { sort: ClaimSort; order: SortOrder; keyLength: number },
): SortKey | null {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof body !== "object" || body === null) return null;
  const { s, o, k } = body as Partial<CursorBody>;
  if (s !== expected.sort || o !== expected.order || !Array.isArray(k) || k.length !== expected.keyLength) return null;
  const isKeyValue = (v: unknown) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
  return k.every(isKeyValue) ? k : null;
}
