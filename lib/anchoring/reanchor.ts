import search from "approx-string-match";
import { OffsetIndex } from "../text/offsets";
import { contextAtUtf16, snapRange } from "./context";
import { TrigramIndex } from "./trigram-filter";
import type { AnchorResult, AnchorStatus, StoredAnchor } from "./types";

/** A fuzzy match may differ from the quote by at most this share of its length. */
export const MAX_QUOTE_ERROR_RATE = 0.2;
/** A stored prefix or suffix "agrees" when found with at most this share of its length wrong. */
export const MAX_CONTEXT_ERROR_RATE = 0.25;
/** UTF-16 units searched on each side of the old position before the whole text is. */
export const SEARCH_WINDOW = 2000;
/**
 * Quotes longer than this (UTF-16 units) are not searched approximately: the cost grows with the
 * square of the quote's length, and a passage that long is a section, not a claim.
 */
export const MAX_FUZZY_QUOTE_LENGTH = 10_000;
/** Extra approx-string-match calls per search stage around rejected matches (see searchRanges). */
const MAX_RETRIES_PER_STAGE = 12;

export interface ReanchorOptions {
  /** OffsetIndex of the new text; reanchorAll builds one and shares it. */
  index?: OffsetIndex;
  /** Trigram filter of the new text (built lazily); reanchorAll shares one. */
  trigrams?: TrigramIndex;
  window?: number;
}

interface SideMatch {
  similarity: number;
  agrees: boolean;
}

const NO_SIDE: SideMatch = { similarity: 0, agrees: false };

function contextErrors(stored: string): number {
  return Math.floor(stored.length * MAX_CONTEXT_ERROR_RATE);
}

function sideMatch(stored: string, actual: string, anchoredAtEnd: boolean): SideMatch {
  if (stored.length === 0) return NO_SIDE;
  if (anchoredAtEnd ? actual.endsWith(stored) : actual.startsWith(stored)) {
    return { similarity: 1, agrees: true };
  }
  if (actual.length === 0) return NO_SIDE;
  const matches = search(actual, stored, stored.length);
  const errors = matches.length > 0 ? Math.min(...matches.map((m) => m.errors)) : stored.length;
  return { similarity: 1 - errors / stored.length, agrees: errors <= contextErrors(stored) };
}

/** Where a stored context was found near a candidate: the boundary it implies (UTF-16). */
interface ContextHit {
  at: number;
  similarity: number;
}

/**
 * Whether a candidate span's surroundings agree with the claim's stored context.
 *
 * A side agrees when its stored prefix (or suffix) is found with errors at most 25% of its
 * length next to the candidate: for an exact occurrence, within a window of the context's length
 * plus that 25% just before (after) it, so a short insertion between context and quote is
 * tolerated; for an approximate match, anywhere within reach of the boundary, which then moves
 * to it (see approximate). Either side agreeing is enough, so an edit right next to the claim on
 * one side does not orphan it, while a repeated phrase in another sentence (the usual case in
 * legal and diplomatic prose) is refused. An empty side (the claim touched a document edge)
 * never agrees by itself.
 */
class ContextCheck {
  readonly isEmpty: boolean;

  constructor(
    private readonly text: string,
    private readonly prefix: string,
    private readonly suffix: string,
  ) {
    this.isEmpty = prefix.length === 0 && suffix.length === 0;
  }

  before(start: number): SideMatch {
    if (!this.prefix) return NO_SIDE;
    const from = Math.max(0, start - this.prefix.length - contextErrors(this.prefix));
    return sideMatch(this.prefix, this.text.slice(from, start), true);
  }

  after(end: number): SideMatch {
    if (!this.suffix) return NO_SIDE;
    const to = end + this.suffix.length + contextErrors(this.suffix);
    return sideMatch(this.suffix, this.text.slice(end, to), false);
  }

  agrees(start: number, end: number): boolean {
    return this.before(start).agrees || this.after(end).agrees;
  }

  /**
   * The end of the stored prefix found (within 25% errors) up to `reach` units either side of
   * `start`, the match ending closest to `start` winning.
   */
  locatePrefix(start: number, reach: number): ContextHit | null {
    const p = this.prefix;
    if (!p) return null;
    const k = contextErrors(p);
    const from = Math.max(0, start - reach - p.length - k);
    const to = Math.min(this.text.length, start + reach);
    let hit: ContextHit | null = null;
    for (const m of search(this.text.slice(from, to), p, k)) {
      const at = from + m.end;
      if (hit === null || Math.abs(at - start) < Math.abs(hit.at - start)) {
        hit = { at, similarity: 1 - m.errors / p.length };
      }
    }
    return hit;
  }

  /** The start of the stored suffix found near `end`; see locatePrefix. */
  locateSuffix(end: number, reach: number): ContextHit | null {
    const x = this.suffix;
    if (!x) return null;
    const k = contextErrors(x);
    const from = Math.max(0, end - reach);
    const to = Math.min(this.text.length, end + reach + x.length + k);
    let hit: ContextHit | null = null;
    for (const m of search(this.text.slice(from, to), x, k)) {
      const at = from + m.start;
      if (hit === null || Math.abs(at - end) < Math.abs(hit.at - end)) {
        hit = { at, similarity: 1 - m.errors / x.length };
      }
    }
    return hit;
  }
}

/**
 * The Levenshtein distance of `a` and `b` (insertions, deletions and substitutions, each
 * costing 1) in UTF-16 code units, if it is at most `k`; otherwise `k + 1`, which means "more
 * than k", not the distance.
 *
 * `k`, a non-negative integer, is the band: only cells of the dynamic-programming table at most
 * `k` off the diagonal are computed, since an alignment costing at most `k` never leaves them.
 * That costs O(|a|·k) time and O(|b|) memory instead of O(|a|·|b|), and the function stops as
 * soon as a whole row exceeds `k`. A character outside the BMP counts as its two surrogates, so
 * replacing one such character with another costs 1 or 2.
 */
export function editDistanceWithin(a: string, b: string, k: number): number {
  const n = a.length;
  const m = b.length;
  const over = k + 1;
  if (Math.abs(n - m) > k) return over;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= k ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo === 1 && i <= k ? i : over;
    let rowMin = cur[lo - 1] as number;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const diagonal = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(diagonal, (prev[j] as number) + 1, (cur[j - 1] as number) + 1, over);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi + 1 <= m) cur[hi + 1] = over;
    if (rowMin > k) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m] as number, over);
}

function occurrences(text: string, quote: string, from: number, to: number): number[] {
  const hay = from === 0 && to === text.length ? text : text.slice(from, to);
  const found: number[] = [];
  for (let i = hay.indexOf(quote); i !== -1; i = hay.indexOf(quote, i + 1)) found.push(from + i);
  return found;
}

function firstAgreeing(
  starts: number[],
  quoteLength: number,
  hint: number | null,
  context: ContextCheck,
): number | null {
  const ordered =
    hint === null
      ? starts
      : [...starts].sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint) || a - b);
  for (const s of ordered) if (context.agrees(s, s + quoteLength)) return s;
  return null;
}

/** Step b: the exact quote nearest the old position whose context agrees (UTF-16 start). */
function nearestExact(
  text: string,
  quote: string,
  hint: number | null,
  window: number,
  context: ContextCheck,
): number | null {
  if (context.isEmpty) {
    // The claim was the whole old document: only a unique occurrence is safe to take.
    const all = occurrences(text, quote, 0, text.length);
    return all.length === 1 ? (all[0] as number) : null;
  }
  if (hint === null) {
    return firstAgreeing(occurrences(text, quote, 0, text.length), quote.length, null, context);
  }
  // Near the old position first, widening eightfold until the whole text is covered, so long
  // documents stay fast when claims moved only a little. Each round looks only at occurrences
  // farther than the last round's radius, which keeps the nearest-first order.
  let checked = -1;
  for (let radius = Math.max(window, 64); ; radius *= 8) {
    const from = Math.max(0, hint - radius);
    const to = Math.min(text.length, hint + quote.length + radius);
    const ring = occurrences(text, quote, from, to).filter((s) => Math.abs(s - hint) > checked);
    const hit = firstAgreeing(ring, quote.length, hint, context);
    if (hit !== null || (from === 0 && to === text.length)) return hit;
    checked = radius;
  }
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  score: number;
}

interface Span {
  start: number;
  end: number;
  errors: number;
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

/** Length of the slices the whole text is searched in (see searchRanges). */
const CHUNK = 16_384;

/**
 * Runs approx-string-match over the ranges, cut into overlapping chunks, handing each match to
 * `consider`, which answers whether it accepted it. approx-string-match reports only the lowest
 * error count found in what it searches, so a copy of the quote (rejected for its context) would
 * hide the claim's own, more edited, occurrence: chunking keeps that local, and a chunk whose
 * matches are all rejected is searched again on either side of them, within a budget.
 */
function searchRanges(
  text: string,
  quote: string,
  maxErrors: number,
  ranges: [number, number][],
  consider: (start: number, end: number, errors: number) => boolean,
): void {
  const overlap = quote.length + maxErrors;
  const retry: [number, number][] = [];
  const run = (from: number, to: number): void => {
    if (to - from < quote.length - maxErrors) return;
    const hay = from === 0 && to === text.length ? text : text.slice(from, to);
    const matches = search(hay, quote, maxErrors).map((m) => ({
      start: from + m.start,
      end: from + m.end,
      errors: m.errors,
    }));
    if (matches.length === 0) return;
    let accepted = false;
    for (const m of matches) if (consider(m.start, m.end, m.errors)) accepted = true;
    if (accepted) return;
    let cursor = from;
    for (const g of clusters(matches)) {
      retry.push([cursor, Math.min(...g.map((m) => m.start))]);
      cursor = Math.max(...g.map((m) => m.end));
    }
    retry.push([cursor, to]);
  };
  for (const [from, to] of ranges) {
    for (let a = from; a < to; a += CHUNK) {
      run(a, Math.min(to, a + CHUNK + overlap));
      if (a + CHUNK + overlap >= to) break;
    }
  }
  for (let n = 0; n < MAX_RETRIES_PER_STAGE && retry.length > 0; n++) {
    const [from, to] = retry.pop() as [number, number];
    run(from, to);
  }
}

/** The parts of `ranges` the trigram filter leaves (all of them when it cannot narrow). */
function filterRanges(
  trigrams: TrigramIndex,
  quote: string,
  maxErrors: number,
  ranges: [number, number][],
): [number, number][] {
  const candidates = trigrams.candidateRanges(quote, maxErrors);
  if (candidates === null) return ranges;
  const kept: [number, number][] = [];
  for (const [a, b] of ranges) {
    for (const [c, d] of candidates) {
      const from = Math.max(a, c);
      const to = Math.min(b, d);
      if (from < to) kept.push([from, to]);
    }
  }
  return kept;
}

function best(candidates: Candidate[], hint: number | null): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) {
    if (
      top === null ||
      c.score > top.score ||
      (c.score === top.score &&
        hint !== null &&
        Math.abs(c.start - hint) < Math.abs(top.start - hint))
    ) {
      top = c;
    }
  }
  return top;
}

/** Step c: the best approximate match of the quote whose context agrees. */
function approximate(
  text: string,
  quote: string,
  hint: number | null,
  window: number,
  context: ContextCheck,
  trigrams: TrigramIndex,
): Candidate | null {
  const maxErrors = Math.floor(quote.length * MAX_QUOTE_ERROR_RATE);
  // With no error allowed this would only find exact occurrences, all of which step b has seen.
  if (maxErrors === 0 || quote.length > MAX_FUZZY_QUOTE_LENGTH) return null;

  if (context.isEmpty) {
    const groups = clusters(search(text, quote, maxErrors));
    if (groups.length !== 1) return null;
    const m = (groups[0] as Span[]).reduce((a, b) => (b.errors < a.errors ? b : a));
    const [start, end] = snapRange(text, m.start, m.end);
    return { start, end, errors: m.errors, score: 0 };
  }

  const candidates: Candidate[] = [];
  // An approximate substring match can end early (or start late): substituting the tail of the
  // quote against whatever follows is often cheaper than the true alignment, so a long insertion
  // inside the claim would pass as a truncated match. Each boundary is therefore moved to where
  // its stored context is found nearby, and the errors are counted again over the whole span.
  // A side whose context is not found leaves its boundary as matched; at least one side must be
  // found ("agree"). Scored like Hypothesis's matchQuote: quote similarity dominates, context
  // decides between similar matches, closeness to the old position breaks near-ties.
  const reach = quote.length + maxErrors;
  const consider = (s: number, e: number, errors: number): boolean => {
    const before = context.locatePrefix(s, reach);
    const after = context.locateSuffix(e, reach);
    if (before === null && after === null) return false;
    const [start, end] = snapRange(text, before?.at ?? s, after?.at ?? e);
    if (start >= end) return false;
    const distance =
      start === s && end === e
        ? errors
        : editDistanceWithin(quote, text.slice(start, end), maxErrors);
    if (distance > maxErrors) return false;
    const closeness = hint === null ? 1 : 1 - Math.abs(start - hint) / Math.max(1, text.length);
    const score =
      50 * (1 - distance / quote.length) +
      20 * (before?.similarity ?? 0) +
      20 * (after?.similarity ?? 0) +
      2 * closeness;
    candidates.push({ start, end, errors: distance, score });
    return true;
  };

  if (hint === null) {
    const all = filterRanges(trigrams, quote, maxErrors, [[0, text.length]]);
    searchRanges(text, quote, maxErrors, all, consider);
    return best(candidates, hint);
  }
  const from = Math.max(0, hint - window);
  const to = Math.min(text.length, hint + quote.length + window);
  searchRanges(text, quote, maxErrors, [[from, to]], consider);
  if (candidates.length > 0) return best(candidates, hint);
  // The rest of the text, overlapping the window enough to catch a match across its edges.
  const overlap = quote.length + maxErrors;
  const rest: [number, number][] = [];
  if (from > 0) rest.push([0, Math.min(text.length, from + overlap)]);
  if (to < text.length) rest.push([Math.max(0, to - overlap), text.length]);
  searchRanges(text, quote, maxErrors, filterRanges(trigrams, quote, maxErrors, rest), consider);
  return best(candidates, hint);
}

function orphaned(anchor: StoredAnchor): AnchorResult {
  return {
    status: "orphaned",
    start: null,
    end: null,
    score: null,
    exact: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
  };
}

function found(
  text: string,
  index: OffsetIndex,
  status: AnchorStatus,
  start: number,
  end: number,
  score: number,
): AnchorResult {
  return {
    status,
    start: index.toCodePoint(start),
    end: index.toCodePoint(end),
    score,
    ...contextAtUtf16(text, start, end),
  };
}

/**
 * Re-anchors a claim on a new revision's text: its old position if the quote is still there
 * ("exact"); else the exact quote nearest the old position whose context agrees ("moved");
 * else an approximate match within 20% errors whose context agrees ("fuzzy"); else "orphaned".
 * Offsets in and out are code points.
 */
export function reanchor(
  newText: string,
  anchor: StoredAnchor,
  opts: ReanchorOptions = {},
): AnchorResult {
  const index = opts.index ?? new OffsetIndex(newText);
  const window = opts.window ?? SEARCH_WINDOW;
  const quote = anchor.exact;
  if (quote.length === 0) return orphaned(anchor);

  let hint: number | null = null;
  const { start, end } = anchor;
  if (start !== null && end !== null && Number.isInteger(start) && Number.isInteger(end)) {
    if (start >= 0 && start <= end && end <= index.codePointLength) {
      const s = index.toUtf16(start);
      const e = index.toUtf16(end);
      if (newText.slice(s, e) === quote) return found(newText, index, "exact", s, e, 1);
    }
    hint = index.toUtf16(start);
  }

  const context = new ContextCheck(newText, anchor.prefix, anchor.suffix);
  const moved = nearestExact(newText, quote, hint, window, context);
  if (moved !== null) return found(newText, index, "moved", moved, moved + quote.length, 1);

  const trigrams = opts.trigrams ?? new TrigramIndex(newText);
  const fuzzy = approximate(newText, quote, hint, window, context, trigrams);
  if (fuzzy !== null) {
    return found(newText, index, "fuzzy", fuzzy.start, fuzzy.end, 1 - fuzzy.errors / quote.length);
  }
  return orphaned(anchor);
}

/** Re-anchors every claim of a document on its new text, sharing one OffsetIndex and filter. */
export function reanchorAll(
  newText: string,
  anchors: readonly StoredAnchor[],
  opts: ReanchorOptions = {},
): AnchorResult[] {
  const shared = {
    ...opts,
    index: opts.index ?? new OffsetIndex(newText),
    trigrams: opts.trigrams ?? new TrigramIndex(newText),
  };
  return anchors.map((a) => reanchor(newText, a, shared));
}
