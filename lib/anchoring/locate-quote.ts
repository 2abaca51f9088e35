import { OffsetIndex } from "../text/offsets";
import { contextAtUtf16, snapRange } from "./context";
import { fold, foldText } from "./fold";
import type { TextPositionSelector, TextQuoteSelector } from "./types";

export type LocateError = "not-found" | "out-of-range" | "mismatch" | "empty";

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

interface Range {
  start: number;
  end: number;
}

/** UTF-16 ranges of `quote` in `text`: exact occurrences, or failing those, folded ones. */
export function findQuoteOccurrences(text: string, quote: string): Range[] {
  const found: Range[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length });
  }
  if (found.length > 0) return found;

  const folded = foldText(text);
  const foldedQuote = fold(quote);
  if (foldedQuote.length === 0) return found;
  const hay = folded.text;
  for (let i = hay.indexOf(foldedQuote); i !== -1; i = hay.indexOf(foldedQuote, i + 1)) {
    const [start, end] = snapRange(
      text,
      folded.map[i] as number,
      folded.map[i + foldedQuote.length] as number,
    );
    found.push({ start, end });
  }
  return found;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * How many (folded) characters of the selector's prefix end the text before `r`, plus how many
 * of its suffix begin the text after it.
 */
function contextScore(text: string, r: Range, prefix: string, suffix: string): number {
  let score = 0;
  if (prefix) {
    // Twice the length, as the document's whitespace runs may fold to fewer characters.
    const before = text.slice(Math.max(0, r.start - 2 * prefix.length - 8), r.start);
    score += commonSuffixLength(fold(before), fold(prefix));
  }
  if (suffix) {
    const after = text.slice(r.end, r.end + 2 * suffix.length + 8);
    score += commonPrefixLength(fold(after), fold(suffix));
  }
  return score;
}

function located(text: string, index: OffsetIndex, r: Range): LocatedClaim {
  return {
    start: index.toCodePoint(r.start),
    end: index.toCodePoint(r.end),
    ...contextAtUtf16(text, r.start, r.end),
  };
}

function positionRange(index: OffsetIndex, p: TextPositionSelector): Range | LocateError {
  const { start, end } = p;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return "out-of-range";
  if (start < 0 || end < start || end > index.codePointLength) return "out-of-range";
  if (start === end) return "empty";
  return { start: index.toUtf16(start), end: index.toUtf16(end) };
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
): LocateResult {
  const { quote, position } = selectors;
  if (!quote) {
    if (!position) return { error: "empty" };
    const r = positionRange(index, position);
    return typeof r === "string" ? { error: r } : located(text, index, r);
  }

  if (quote.exact.length === 0) return { error: "empty" };
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";

  if (position) {
    const r = positionRange(index, position);
    if (typeof r !== "string") {
      const there = text.slice(r.start, r.end);
      if (there === quote.exact || fold(there) === fold(quote.exact)) {
        return located(text, index, r);
      }
    }
    const occurrences = findQuoteOccurrences(text, quote.exact);
    if (occurrences.length === 0) return { error: "mismatch" };
    // The position does not hold the quote: the selector was made on another version of the
    // text. Context says more than distance then (repeated phrases are common in legal and
    // diplomatic prose), so the best-agreeing occurrence wins and distance only breaks ties.
    const target = index.toUtf16(position.start);
    let best: Range | undefined;
    let bestDistance = Infinity;
    let bestContext = -1;
    for (const o of occurrences) {
      const distance = Math.abs(o.start - target);
      const ctx = contextScore(text, o, prefix, suffix);
      if (ctx > bestContext || (ctx === bestContext && distance < bestDistance)) {
        best = o;
        bestDistance = distance;
        bestContext = ctx;
      }
    }
    return located(text, index, best as Range);
  }

  const occurrences = findQuoteOccurrences(text, quote.exact);
  if (occurrences.length === 0) return { error: "not-found" };
  let best = occurrences[0] as Range;
  if (occurrences.length > 1 && (prefix || suffix)) {
    let bestScore = -1;
    for (const o of occurrences) {
      const s = contextScore(text, o, prefix, suffix);
      if (s > bestScore) {
        best = o;
        bestScore = s;
      }
    }
  }
  return located(text, index, best);
}
