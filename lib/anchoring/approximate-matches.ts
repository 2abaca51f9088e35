/**
 * Approximate occurrences of a quote (approx-string-match, as the Hypothesis client uses) within
 * some ranges of a text, with their boundaries set by the claim's stored context.
 *
 * approx-string-match reports every end position of a lowest-error match, and for each runs a
 * second search to find its start: on repetitive text (one letter repeated) that is one match
 * per character and the search takes seconds. Ranges are therefore searched in pieces (2,048
 * units, or four quote lengths), each paid for from the shared WorkBudget before it runs and its
 * matches charged after, and the matches kept per claim are capped. Pieces also keep "lowest
 * error count only" local: a close copy of the quote elsewhere does not hide the claim's own,
 * more edited, occurrence.
 */
import search from "approx-string-match";
import { snapRange } from "./context";
import { editDistanceWithin } from "./edit-distance";
import type { WorkBudget } from "./work-budget";

/** A stored context is "found" near a boundary with at most this share of it wrong. */
const CONTEXT_SEARCH_ERROR_RATE = 0.25;
/** Clusters of matches kept per search. */
export const MAX_APPROXIMATE_CANDIDATES = 32;
/**
 * Work units (see WorkBudget, one a character scanned) of approx-string-match, as measured: a
 * call costs about 2,000 to set up, then 2 per text character and 32-unit block of the pattern,
 * and each match it reports 12 per character of the backward search that finds its start.
 */
const SEARCH_CALL_COST = 2000;
const SEARCH_STEP_COST = 2;
const MATCH_STEP_COST = 12;
/** Work units per cell of the banded edit-distance table (measured: about 2 characters scanned). */
export const EDIT_CELL_COST = 2;

export interface Span {
  /** UTF-16 offsets. */
  start: number;
  end: number;
  errors: number;
}

function blocks(patternLength: number): number {
  return Math.ceil(Math.max(1, patternLength) / 32);
}

/** approx-string-match over text[from, to), paid for first; null when the budget is spent. */
function budgetedSearch(
  text: string,
  from: number,
  to: number,
  pattern: string,
  maxErrors: number,
  budget: WorkBudget,
): Span[] | null {
  if (to - from < pattern.length - maxErrors) return [];
  if (!budget.trySpend(SEARCH_CALL_COST + SEARCH_STEP_COST * (to - from) * blocks(pattern.length))) return null;
  const matches = search(text.slice(from, to), pattern, maxErrors);
  // Each match's start was found by a search of its own, backwards over about a quote length.
  budget.charge(matches.length * MATCH_STEP_COST * (pattern.length + maxErrors) * blocks(pattern.length));
  return matches.map((m) => ({ start: from + m.start, end: from + m.end, errors: m.errors }));
}

/** Groups overlapping matches (search reports neighbouring ends of one match separately). */
function clusters(matches: Span[]): Span[][] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: Span[][] = [];
  let current: Span[] = [];
  let currentEnd = -1;
  for (const m of sorted) {
    if (current.length > 0 && m.start < currentEnd) {
      current.push(m);
      currentEnd = Math.max(currentEnd, m.end);
    } else {
      if (current.length > 0) groups.push(current);
      current = [m];
      currentEnd = m.end;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * The best match (fewest errors, then first) of each cluster of approximate matches of `quote`
 * within `ranges` (UTF-16, ascending), at most MAX_APPROXIMATE_CANDIDATES of them.
 */
export function approximateMatches(
  text: string,
  quote: string,
  maxErrors: number,
  ranges: readonly [number, number][],
  budget: WorkBudget,
): Span[] {
  const m = quote.length;
  const overlap = m + maxErrors;
  // Pieces of a few quote lengths: large enough that a call's setup is small beside its search,
  // small enough that a run of matches (repetitive text) is paid for before the next piece.
  const piece = Math.max(2048, 4 * overlap);
  const found: Span[] = [];
  // Each call of approx-string-match costs a setup of its own (the pattern's bit masks): ranges
  // closer than searching the gap between them would cost are searched as one.
  const merged: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = merged[merged.length - 1];
    if (last && (from - last[1]) * SEARCH_STEP_COST * blocks(m) < SEARCH_CALL_COST) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  outer: for (const [from, to] of merged) {
    for (let a = from; a < to; a += piece) {
      const b = Math.min(text.length, Math.min(to, a + piece) + overlap);
      const matches = budgetedSearch(text, a, b, quote, maxErrors, budget);
      if (matches === null) break outer;
      found.push(...matches);
      if (found.length > 64 * MAX_APPROXIMATE_CANDIDATES) break outer;
      if (b >= to) break;
    }
  }
  const best: Span[] = [];
  for (const group of clusters(found)) {
    best.push(group.reduce((x, y) => (y.errors < x.errors ? y : x)));
    if (best.length === MAX_APPROXIMATE_CANDIDATES) break;
  }
  return best;
}

/**
 * Where `context` is found (at most 25% of it wrong) with its end (`isPrefix`) or start nearest
 * to `at`, looking up to `reach` units either side: the boundary it implies (UTF-16).
 */
function locateContext(
  text: string,
  context: string,
  at: number,
  reach: number,
  isPrefix: boolean,
  budget: WorkBudget,
): number | null {
  if (!context) return null;
  const k = Math.floor(context.length * CONTEXT_SEARCH_ERROR_RATE);
  const from = Math.max(0, at - reach - (isPrefix ? context.length + k : 0));
  const to = Math.min(text.length, at + reach + (isPrefix ? 0 : context.length + k));
  const matches = budgetedSearch(text, from, to, context, k, budget);
  let hit: number | null = null;
  for (const m of matches ?? []) {
    const boundary = isPrefix ? m.end : m.start;
    if (hit === null || Math.abs(boundary - at) < Math.abs(hit - at)) hit = boundary;
  }
  return hit;
}

/**
 * An approximate match can end early (or start late): substituting the tail of the quote against
 * whatever follows is often cheaper than the true alignment, so a long insertion inside the claim
 * would pass as a truncated match. Each boundary is therefore moved to where its stored context
 * is found nearby, and the errors are counted again over the whole span. A side whose context is
 * not found keeps its boundary; a match whose context is found on neither side is dropped (it
 * could not be accepted away from the carried position anyway). Null when the span ends up with
 * more than `maxErrors` errors.
 */
export function fitToContext(
  text: string,
  quote: string,
  maxErrors: number,
  match: Span,
  prefix: string,
  suffix: string,
  budget: WorkBudget,
): Span | null {
  const reach = quote.length + maxErrors;
  const before = locateContext(text, prefix, match.start, reach, true, budget);
  const after = locateContext(text, suffix, match.end, reach, false, budget);
  if (before === null && after === null) return null;
  const [start, end] = snapRange(text, before ?? match.start, after ?? match.end);
  if (start >= end) return null;
  if (start === match.start && end === match.end) return match;
  if (!budget.trySpend(EDIT_CELL_COST * quote.length * (2 * maxErrors + 1))) return null;
  const errors = editDistanceWithin(quote, text.slice(start, end), maxErrors);
  return errors > maxErrors ? null : { start, end, errors };
}
