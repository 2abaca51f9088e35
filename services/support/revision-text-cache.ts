import "server-only";
import { foldText, type FoldedText } from "@/lib/anchoring/fold";
import { OffsetIndex } from "@/lib/text/offsets";
import { BoundedLru } from "@/lib/cache/bounded-lru";
import { getRevisionText } from "@/db/queries/documents";
import type { Executor } from "@/db/queries/transaction";

/**
 * A revision's canonical text with its offset index, built once for every claim marked on it,
 * and its folded form (typographic characters folded), made the first time a quote is not found
 * exactly and kept with it.
 */
export interface RevisionText {
  text: string;
  index: OffsetIndex;
  folded: () => FoldedText;
}

/** Revisions kept at most, and their characters in all (UTF-16 units: about 2 bytes each). */
export const REVISION_CACHE_LIMITS = { revisions: 64, characters: 32 * 1024 * 1024 };

const cache = new BoundedLru<RevisionText & { documentId: string }>({
  entries: REVISION_CACHE_LIMITS.revisions,
  size: REVISION_CACHE_LIMITS.characters,
});

/**
 * The canonical text of a document's revision `number`, and its offset index; undefined when
 * there is no such revision. Marking a claim used to read the revision's whole text from the
 * database and index it again for each claim (most of a claim's cost on a long article): the
 * last revisions used are kept in memory instead, least recently used first out, within
 * REVISION_CACHE_LIMITS. A revision's text never changes once saved, so a kept one is never
 * stale; when a document's newer revision is first asked for, its older ones are dropped.
 */
export function revisionText(q: Executor, documentId: string, number: number): RevisionText | undefined {
  const key = `${documentId}#${number}`;
  const kept = cache.get(key);
  if (kept) return kept;
  const text = getRevisionText(q, { documentId, number });
  if (text === undefined) return undefined;
  cache.deleteWhere((entry) => entry.documentId === documentId);
  let folded: FoldedText | undefined;
  const entry = {
    documentId,
    text,
    index: new OffsetIndex(text),
    folded: () => {
      if (folded === undefined) {
        folded = foldText(text);
        // The folded text and its offset map: about three times the text's own size.
        cache.grow(key, entry, 3 * text.length);
      }
      return folded;
    },
  };
  cache.set(key, entry, text.length);
  return entry;
}
