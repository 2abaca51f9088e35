import "server-only";
import { suggestCheckWorthySentences } from "@/lib/suggestions/suggest-sentences";
import type { Suggestion } from "@/lib/suggestions/types";

/**
 * The suggestions of recently read revisions. A revision's text never changes, so its
 * suggestions are worked out once (~0.1 s for an article, ~1 s for 100,000 words) and kept
 * for the next reader; the few most recent are kept, the least recently read dropped first.
 */
const MAX_REVISIONS = 16;
const recent = new Map<string, Suggestion[]>();

export function suggestionsOfRevision(documentId: string, revision: number, text: string): Suggestion[] {
  const key = `${documentId}:${revision}`;
  let suggestions = recent.get(key);
  if (suggestions) recent.delete(key);
  else suggestions = suggestCheckWorthySentences(text);
  recent.set(key, suggestions);
  while (recent.size > MAX_REVISIONS) recent.delete(recent.keys().next().value as string);
  return suggestions;
}
