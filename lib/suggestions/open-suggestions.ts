import type { Suggestion } from "./types";

type Span = { start: number; end: number };

/**
 * Whether a span shares a character with any of `spans`, answered in O(log n) per question:
 * the spans sorted by start, with the furthest end reached by each prefix of them. A span
 * [start, end) is covered when some span starting before `end` ends after `start`, that is,
 * when the furthest end among the spans starting before `end` lies after `start`. (Asked
 * naively, every suggestion of a long document against each of its thousands of claims cost
 * millions of comparisons on every change of a claim.)
 */
export function coverage(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const furthestEnd: number[] = [];
  for (const s of sorted) furthestEnd.push(Math.max(s.end, furthestEnd[furthestEnd.length - 1] ?? -Infinity));
  return ({ start, end }) => {
    // How many spans start before `end`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthestEnd[lo - 1] as number) > start;
  };
}

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
    claimed: readonly Span[];
    dismissed: ReadonlySet<string>;
  },
): Suggestion[] {
  const isClaimed = coverage(done.claimed);
  return suggestions.filter((s) => !done.dismissed.has(s.exact) && !isClaimed(s));
}
