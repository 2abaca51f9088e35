import type { Suggestion } from "./types";

/**
 * The suggestions still open in a document: none that was dismissed (matched by its exact
 * text, wherever the sentence now is) and none that a claim already covers. A claim covers a
 * sentence when their spans share at least one character: someone has looked at that sentence
 * and chosen what in it to check, even if only a phrase of it. Order is kept.
 */
export function openSuggestions(
  suggestions: readonly Suggestion[],
  done: {
    /** Spans of the document's anchored claims, in code points of the same revision. */
    claimed: readonly { start: number; end: number }[];
    dismissed: ReadonlySet<string>;
  },
): Suggestion[] {
  return suggestions.filter(
    (s) => !done.dismissed.has(s.exact) && !done.claimed.some((c) => c.start < s.end && c.end > s.start),
  );
}
