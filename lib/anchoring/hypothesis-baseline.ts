/**
 * A re-anchoring baseline in the manner of the Hypothesis client, written here from the idea of
 * its quote matcher (no code taken from it), to measure ours against on the same corpus:
 *
 * 1. the stored position, if the new text there is exactly the quote;
 * 2. else every approximate occurrence of the quote with the fewest errors, up to half the
 *    quote's length (approx-string-match), each scored
 *      (50 · quote + 20 · prefix + 20 · suffix + 2 · position) / 92
 *    where quote is 1 − errors / length, prefix and suffix the similarity of the stored context
 *    with the text of the same length just before and after the match (1 when none is stored),
 *    and position 1 − |start − old start| / text length; the best one wins, however low.
 *
 * It has no old text and no diff, no threshold on context, and no notion of ambiguity.
 */
import search from "approx-string-match";
import { OffsetIndex } from "../text/offsets";
import { contextAtUtf16 } from "./context";
import type { AnchorResult, StoredAnchor } from "./types";

/** 1 − (fewest errors of `pattern` anywhere in `text`) / its length; 0 for empty input. */
function textSimilarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const matches = search(text, pattern, pattern.length);
  if (matches.length === 0) return 0;
  return 1 - Math.min(...matches.map((m) => m.errors)) / pattern.length;
}

/** The best-scoring approximate match of `quote` in `text` (UTF-16 offsets), or null. */
export function matchQuoteLikeHypothesis(
  text: string,
  quote: string,
  context: { prefix?: string; suffix?: string; hint?: number },
): { start: number; end: number; errors: number; score: number } | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  let best: { start: number; end: number; errors: number; score: number } | null = null;
  for (const m of search(text, quote, maxErrors)) {
    const prefix = context.prefix
      ? textSimilarity(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix)
      : 1;
    const suffix = context.suffix
      ? textSimilarity(text.slice(m.end, m.end + context.suffix.length), context.suffix)
      : 1;
    const position = context.hint === undefined ? 1 : 1 - Math.abs(m.start - context.hint) / Math.max(1, text.length);
    const score = (50 * (1 - m.errors / quote.length) + 20 * prefix + 20 * suffix + 2 * position) / 92;
    if (best === null || score > best.score) best = { ...m, score };
  }
  return best;
}

/** Re-anchors one claim on a new text as the Hypothesis-style baseline would (code points in and out). */
export function reanchorLikeHypothesis(newText: string, anchor: StoredAnchor): AnchorResult {
  const index = new OffsetIndex(newText);
  const quote = anchor.exact;
  const orphaned: AnchorResult = {
    status: "orphaned",
    start: null,
    end: null,
    score: null,
    exact: quote,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    alternatives: [],
  };
  if (quote.length === 0) return orphaned;
  let hint: number | undefined;
  if (anchor.start !== null && anchor.end !== null && anchor.start >= 0 && anchor.end <= index.codePointLength) {
    const s = index.toUtf16(anchor.start);
    const e = index.toUtf16(anchor.end);
    if (newText.slice(s, e) === quote)
      return {
        status: "exact",
        start: anchor.start,
        end: anchor.end,
        score: 1,
        ...contextAtUtf16(newText, s, e),
        alternatives: [],
      };
    hint = s;
  }
  const match = matchQuoteLikeHypothesis(newText, quote, { prefix: anchor.prefix, suffix: anchor.suffix, hint });
  if (match === null) return orphaned;
  return {
    status: match.errors === 0 ? "moved" : "fuzzy",
    start: index.toCodePoint(match.start),
    end: index.toCodePoint(match.end),
    score: 1 - match.errors / quote.length,
    ...contextAtUtf16(newText, match.start, match.end),
    alternatives: [],
  };
}
