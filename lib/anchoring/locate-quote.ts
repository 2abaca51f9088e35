/**
 * Where a new claim goes on the current text, from the W3C selectors a reviewer's editor or
 * another tool sends: the position if it holds the quote, else the quote's occurrences (exact,
 * then with typographic characters folded), the one whose prefix and suffix are most similar to
 * the selector's winning.
 *
 * Context is compared by similarity (context-similarity.ts), not equality: a selector exported by
 * another tool often has other whitespace or punctuation, or a typo, in its prefix. The cost is
 * bounded whatever the input: at most MAX_OCCURRENCES occurrences are collected and
 * MAX_SCORED_OCCURRENCES of them (the nearest the position, or the first) compared, each on at
 * most MAX_CONTEXT_COMPARED characters of context next to the quote, so that a one-letter quote
 * on two million copies of that letter with kilobytes of context is answered in milliseconds.
 */
import { OffsetIndex } from "../text/offsets";
import { contextAtUtf16, snapRange } from "./context";
import { prefixSimilarity, suffixSimilarity } from "./context-similarity";
import { fold, foldText, type FoldedText } from "./fold";
import { isValidQuoteText } from "./quote-text";
import type { TextPositionSelector, TextQuoteSelector } from "./types";

/**
 * not-found: the quote is not in the text; out-of-range: the position is outside it; mismatch:
 * neither the position holds the quote nor does it occur elsewhere; empty: the selector covers
 * no text; invalid-text: the quote or its context is not valid text (see quote-text.ts).
 */
export type LocateError = "not-found" | "out-of-range" | "mismatch" | "empty" | "invalid-text";

/** A new claim's span, in code points, with the document's own characters around it. */
export interface LocatedClaim {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type LocateResult = LocatedClaim | { error: LocateError };

export interface NewClaimSelectors {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Occurrences of a quote collected at most. */
export const MAX_OCCURRENCES = 10_000;
/** Occurrences whose context is compared at most. */
export const MAX_SCORED_OCCURRENCES = 256;

interface Range {
  start: number;
  end: number;
}

function collect(hay: string, needle: string, limit: number, toRange: (i: number) => Range): Range[] {
  const found: Range[] = [];
  for (let i = hay.indexOf(needle); i !== -1 && found.length < limit; i = hay.indexOf(needle, i + 1))
    found.push(toRange(i));
  return found;
}

/**
 * UTF-16 ranges of `quote` in `text`: exact occurrences, or failing those, folded ones; at most
 * `limit` of them, in text order. `foldedText` gives the text's folded form when the caller
 * keeps it (services/support/revision-text-cache.ts); otherwise it is folded here when needed.
 */
export function findQuoteOccurrences(
  text: string,
  quote: string,
  limit = MAX_OCCURRENCES,
  foldedText: () => FoldedText = () => foldText(text),
): Range[] {
  const exact = collect(text, quote, limit, (i) => ({ start: i, end: i + quote.length }));
  if (exact.length > 0) return exact;
  const foldedQuote = fold(quote);
  if (foldedQuote.length === 0) return exact;
  const folded = foldedText();
  return collect(folded.text, foldedQuote, limit, (i) => {
    const [start, end] = snapRange(text, folded.map[i] as number, folded.map[i + foldedQuote.length] as number);
    return { start, end };
  });
}

function located(text: string, index: OffsetIndex, r: Range): LocateResult {
  const start = index.toCodePoint(r.start);
  const end = index.toCodePoint(r.end);
  if (end <= start) return { error: "empty" };
  return { start, end, ...contextAtUtf16(text, r.start, r.end) };
}

function positionRange(index: OffsetIndex, p: TextPositionSelector): Range | LocateError {
  const { start, end } = p;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return "out-of-range";
  if (start < 0 || end < start || end > index.codePointLength) return "out-of-range";
  if (start === end) return "empty";
  return { start: index.toUtf16(start), end: index.toUtf16(end) };
}

/**
 * The occurrence whose context agrees best with the selector's prefix and suffix (their
 * similarities summed); on a tie, the nearest `target` (UTF-16) when given, else the first.
 */
function bestByContext(
  text: string,
  occurrences: Range[],
  prefix: string,
  suffix: string,
  target: number | null,
): Range {
  let pool = occurrences;
  if (pool.length > MAX_SCORED_OCCURRENCES) {
    pool =
      target === null
        ? pool.slice(0, MAX_SCORED_OCCURRENCES)
        : [...pool]
            .sort((a, b) => Math.abs(a.start - target) - Math.abs(b.start - target) || a.start - b.start)
            .slice(0, MAX_SCORED_OCCURRENCES);
  }
  let best = pool[0] as Range;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (const o of pool) {
    const score =
      (prefix ? prefixSimilarity(prefix, text, o.start) : 0) + (suffix ? suffixSimilarity(suffix, text, o.end) : 0);
    const distance = target === null ? o.start : Math.abs(o.start - target);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = o;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Finds the span of a new claim from its selectors on the current text. Offsets in and out are
 * code points; `exact` is always the document's own characters (a straight-quoted selector
 * finds curly quotes in the text and returns those).
 */
export function locateNewClaim(
  text: string,
  selectors: NewClaimSelectors,
  index: OffsetIndex = new OffsetIndex(text),
  /** The text's folded form, when the caller keeps it. */
  foldedText?: () => FoldedText,
): LocateResult {
  const { quote, position } = selectors;
  if (!quote) {
    if (!position) return { error: "empty" };
    const r = positionRange(index, position);
    return typeof r === "string" ? { error: r } : located(text, index, r);
  }

  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  if (!isValidQuoteText(quote.exact) || !isValidQuoteText(prefix) || !isValidQuoteText(suffix))
    return { error: "invalid-text" };
  if (quote.exact.length === 0) return { error: "empty" };

  if (position) {
    const r = positionRange(index, position);
    if (typeof r !== "string") {
      const there = text.slice(r.start, r.end);
      if (there === quote.exact || fold(there) === fold(quote.exact)) return located(text, index, r);
    }
    const occurrences = findQuoteOccurrences(text, quote.exact, MAX_OCCURRENCES, foldedText);
    if (occurrences.length === 0) return { error: "mismatch" };
    // The position does not hold the quote: the selector was made on another version of the
    // text. Context says more than distance then (repeated phrases are common in legal and
    // diplomatic prose), so the best-agreeing occurrence wins and distance only breaks ties.
    const target = index.toUtf16(Math.max(0, Math.min(position.start, index.codePointLength)));
    return located(text, index, bestByContext(text, occurrences, prefix, suffix, target));
  }

  const occurrences = findQuoteOccurrences(text, quote.exact, MAX_OCCURRENCES, foldedText);
  if (occurrences.length === 0) return { error: "not-found" };
  const best =
    occurrences.length > 1 && (prefix || suffix)
      ? bestByContext(text, occurrences, prefix, suffix, null)
      : (occurrences[0] as Range);
  return located(text, index, best);
}
