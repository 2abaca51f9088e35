/**
 * Re-anchoring: where each claim's quote stands in a new revision of its document, or that it
 * is gone. docs/ANCHORING.md tells the whole story; in short:
 *
 * 1. The old and new texts are diffed once (diff-texts.ts) and each claim's old span is carried
 *    through the diff. If the carried span holds the quote, or an edited quote within 20%
 *    errors with both its boundaries carried exactly, that is the claim's own passage.
 * 2. Other candidates: the exact occurrences of the quote nearest the carried position (a
 *    bounded number) and approximate matches in the text the edit inserted. A candidate the diff
 *    carried from ANOTHER place of the old text is another passage that was already there (the
 *    other copy of a repeated sentence), never the claim's, and is not considered.
 * 3. Every candidate gets one score (candidate-score.ts) of quote, prefix and suffix similarity
 *    and distance from the carried position. A candidate is acceptable when it is the carried
 *    span (boundaries exact), or one side of its context agrees, or it is a long quote found
 *    exactly once in the old text and once in the new.
 * 4. The best acceptable candidate wins; if another (not overlapping it) scores within
 *    AMBIGUITY_MARGIN, the claim is "fuzzy" with both offered as alternatives. No acceptable
 *    candidate: "orphaned".
 *
 * Work is bounded per revision and per claim (work-budget.ts), in two stages: the carried spans
 * and exact occurrences of every claim first, then the approximate searches of the claims that
 * need one. What the budget cannot pay for is not searched: a claim may then be orphaned, or kept
 * where the diff carried it without looking for rivals, but it is never attached to a candidate
 * that did not pass the acceptance rules.
 */
import { OffsetIndex, codePointLength } from "../text/offsets";
import { EDIT_CELL_COST, approximateMatches, fitToContext } from "./approximate-matches";
import {
  AMBIGUITY_MARGIN,
  CONTEXT_AGREEMENT,
  LONG_UNIQUE_QUOTE,
  MAX_QUOTE_ERROR_RATE,
  POSITION_SCALE,
  SCORE_WEIGHTS,
  bestPossibleScore,
  candidateScore,
} from "./candidate-score";
import { contextAtUtf16 } from "./context";
import { prefixSimilarity, suffixSimilarity } from "./context-similarity";
import { diffTexts } from "./diff-texts";
import { editDistanceWithin } from "./edit-distance";
import { InsertedText } from "./inserted-text";
import type { MappedSpan, PositionMap } from "./position-map";
import { QuoteOccurrences, type Occurrences } from "./quote-occurrences";
import { TrigramIndex } from "./trigram-filter";
import type { AnchorAlternative, AnchorResult, AnchorStatus, StoredAnchor } from "./types";
import { WorkBudget } from "./work-budget";

/**
 * Work units (see WorkBudget) one re-anchoring of a whole document may spend. Units are set so
 * that one costs about 3 ns on a server core (a character scanned); the most expensive hostile
 * revisions of the benchmark spend it all in about half a second.
 */
export const REANCHOR_WORK = 150_000_000;
/** Work units one claim may spend at least on its exact search, whatever the number of claims (within REANCHOR_WORK). */
const CLAIM_WORK_FLOOR = 4_000_000;
/** Work units one claim may spend at least on its approximate search (within what is left). */
const APPROXIMATE_WORK_FLOOR = 1_000_000;
/** UTF-16 units of the old text's context compared around twins (see anchorClaim). */
const WIDE_CONTEXT = 256;
/** Work units per text position the trigram filter visits (measured: about 3 characters scanned). */
const FILTER_STEP_COST = 4;
/** Work units per place where a quote is checked for (measured: about 8 characters scanned). */
const CHECK_STEP_COST = 8;
/** Work units charged for comparing one side of a candidate's context (a small dynamic-programming table). */
const CONTEXT_COST = 8192;
/** Exact occurrences considered per claim, nearest the carried position first. */
export const NEAREST_OCCURRENCES = 16;
/**
 * Quotes longer than this (UTF-16 units) are compared only at their carried position and found
 * elsewhere only exactly: approximate search costs grow with the square of the quote's length,
 * and a passage that long is a section, not a claim.
 */
export const MAX_FUZZY_QUOTE_LENGTH = 10_000;

export interface ReanchorOptions {
  /** Work units for the whole call (REANCHOR_WORK by default). */
  work?: number;
  /** The diff of these two texts, when the caller already has it. */
  map?: PositionMap;
}

interface Candidate {
  /** UTF-16 offsets in the new text. */
  start: number;
  end: number;
  errors: number;
  quoteSimilarity: number;
  score: number;
  isEligible: boolean;
  isLongUnique: boolean;
}

/** What every claim of one revision shares: the texts, their diff and indexes, the budget. */
class Revision {
  readonly newIndex: OffsetIndex;
  readonly oldIndex: OffsetIndex | null;
  readonly map: PositionMap | null;
  readonly budget: WorkBudget;
  private inserted: InsertedText | null = null;
  private newTrigrams: TrigramIndex | null = null;
  private newFinder: QuoteOccurrences | null = null;
  private oldFinder: QuoteOccurrences | null = null;

  constructor(
    readonly oldText: string | null,
    readonly newText: string,
    options: ReanchorOptions,
  ) {
    this.newIndex = new OffsetIndex(newText);
    this.oldIndex = oldText === null ? null : new OffsetIndex(oldText);
    this.map = options.map ?? (oldText === null ? null : diffTexts(oldText, newText));
    this.budget = new WorkBudget(options.work ?? REANCHOR_WORK);
  }

  get trigrams(): TrigramIndex {
    this.newTrigrams ??= new TrigramIndex(this.newText);
    return this.newTrigrams;
  }

  get newOccurrences(): QuoteOccurrences {
    this.newFinder ??= new QuoteOccurrences(this.newText, this.trigrams);
    return this.newFinder;
  }

  /**
   * Up to `limit` exact occurrences of `quote` nearest `reference` (UTF-16), looked for only
   * where they could be the claim's: in inserted text, or around `own` (the claim's carried
   * place). Anything else was carried from another place of the old text. When the inserted
   * text's index cannot answer (a quote too short for a trigram or too long for its margin, or
   * a repetitive text the budget cannot afford), the whole text is searched near `reference`.
   */
  exactOccurrences(
    quote: string,
    reference: number | null,
    own: [number, number] | null,
    limit: number,
    budget: WorkBudget,
  ): Occurrences {
    const inserted = this.insertedText;
    const afford = (positions: number): boolean => budget.trySpend(positions * CHECK_STEP_COST);
    const found = inserted?.exactOccurrences(this.newText, quote, afford) ?? null;
    if (found === null) return this.newOccurrences.nearest(quote, reference, limit, budget);
    if (own !== null) found.push(...this.newOccurrences.within(quote, own[0], own[1] - quote.length + 1, budget));
    const starts = [...new Set(found)];
    if (reference !== null) starts.sort((x, y) => Math.abs(x - reference) - Math.abs(y - reference) || x - y);
    return starts.length > limit ? { starts: starts.slice(0, limit), isComplete: false } : { starts, isComplete: true };
  }

  get oldOccurrences(): QuoteOccurrences | null {
    if (this.oldText === null) return null;
    this.oldFinder ??= new QuoteOccurrences(this.oldText, new TrigramIndex(this.oldText));
    return this.oldFinder;
  }

  /** New text the diff did not carry from the old, when there is a diff. */
  get insertedText(): InsertedText | null {
    if (this.map === null) return null;
    this.inserted ??= new InsertedText(this.newText, this.map.insertedRanges());
    return this.inserted;
  }
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
    alternatives: [],
  };
}

/** The claim's old span in UTF-16 units of the old text, when it had a valid one. */
function oldSpan(rev: Revision, anchor: StoredAnchor): { start: number; end: number } | null {
  const { start, end } = anchor;
  const index = rev.oldIndex;
  if (start === null || end === null || !Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (index === null || start < 0 || end <= start || end > index.codePointLength) return null;
  return { start: index.toUtf16(start), end: index.toUtf16(end) };
}

/** Where the diff carried the claim; without an old text, its stored offsets taken as a hint. */
function carriedSpan(
  rev: Revision,
  anchor: StoredAnchor,
  old: { start: number; end: number } | null,
): MappedSpan | null {
  if (old !== null && rev.map !== null) return rev.map.mapSpan(old.start, old.end);
  const { start, end } = anchor;
  if (rev.oldText !== null || start === null || end === null || !Number.isInteger(start) || !Number.isInteger(end))
    return null;
  if (start < 0 || end <= start) return null;
  const s = rev.newIndex.toUtf16(start);
  const e = rev.newIndex.toUtf16(end);
  return { start: s, end: Math.max(s, e), isSureStart: false, isSureEnd: false, isCarried: false };
}

/**
 * The distance from the carried position within which a candidate whose quote similarity is at
 * most `quoteSimilarity` could still score `threshold`; Infinity when any distance could, -1
 * when none could.
 */
function reachableDistance(threshold: number, quoteSimilarity: number): number {
  const needed = (threshold - bestPossibleScore(quoteSimilarity, null)) / SCORE_WEIGHTS.position;
  if (needed <= 0) return Infinity;
  if (needed > 1) return -1;
  return POSITION_SCALE * (1 / needed - 1);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The ranges of `ranges`, widened by `by` and merged, clipped to [0, length). */
function widened(ranges: readonly [number, number][], by: number, length: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of ranges) {
    const from = Math.max(0, a - by);
    const to = Math.min(length, b + by);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function intersect(a: readonly [number, number][], b: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [a0, a1] = a[i] as [number, number];
    const [b0, b1] = b[j] as [number, number];
    const from = Math.max(a0, b0);
    const to = Math.min(a1, b1);
    if (from < to) out.push([from, to]);
    if (a1 < b1) i++;
    else j++;
  }
  return out;
}

/**
 * A claim's answer, or, when it needs an approximate search, the rest of its search to run
 * with the budget given (see reanchorAll).
 */
type ClaimOutcome = AnchorResult | ((budget: WorkBudget) => AnchorResult);

function anchorClaim(rev: Revision, anchor: StoredAnchor, exactBudget: WorkBudget): ClaimOutcome {
  // What the searches draw from: the claim's share for the exact stage, then for the approximate.
  let budget = exactBudget;
  const quote = anchor.exact;
  if (quote.length === 0) return orphaned(anchor);
  const text = rev.newText;
  const m = quote.length;
  const maxErrors = Math.floor(m * MAX_QUOTE_ERROR_RATE);
  const old = oldSpan(rev, anchor);
  const mapped = carriedSpan(rev, anchor, old);
  const reference = mapped?.start ?? null;
  const candidates = new Map<string, Candidate>();

  // "carried": the span the diff carried the claim to; "twin": an inserted copy of it the diff
  // could as well have carried the claim to (PositionMap.isSlideOf); "found": anything else.
  const consider = (
    start: number,
    end: number,
    errors: number,
    how: "carried" | "twin" | "found",
  ): Candidate | null => {
    const key = `${start},${end}`;
    const known = candidates.get(key);
    if (known) return known;
    const isMapped = how !== "found";
    if (how === "found" && old !== null && rev.map !== null) {
      const origin = rev.map.provenance(start, end, old.start, old.end);
      // Mostly carried from elsewhere in the old text: another passage that was already there.
      if (2 * (origin.carried - origin.fromSpan) > origin.length) return null;
    }
    const isSure = how === "twin" || (isMapped && mapped !== null && mapped.isSureStart && mapped.isSureEnd);
    // Found elsewhere, a candidate counts only if its context agrees (or it may be a long unique
    // quote): below that, a linear-time bound says enough, and it is not recorded.
    const mayBeLongUnique = errors === 0 && m >= LONG_UNIQUE_QUOTE;
    const floor = isSure || mayBeLongUnique ? 0 : CONTEXT_AGREEMENT;
    // Comparing context costs a small dynamic-programming table a side, unless it is unchanged.
    const isPrefixIntact =
      start >= anchor.prefix.length && text.startsWith(anchor.prefix, start - anchor.prefix.length);
    budget.charge(((isPrefixIntact ? 0 : 1) + (text.startsWith(anchor.suffix, end) ? 0 : 1)) * CONTEXT_COST);
    const prefix = prefixSimilarity(anchor.prefix, text, start, undefined, floor);
    const suffix = suffixSimilarity(anchor.suffix, text, end, undefined, floor);
    if (prefix < floor && suffix < floor) return null;
    const quoteSimilarity = 1 - errors / m;
    const candidate: Candidate = {
      start,
      end,
      errors,
      quoteSimilarity,
      score: candidateScore({
        quoteSimilarity,
        prefixSimilarity: prefix,
        suffixSimilarity: suffix,
        distance: reference === null ? null : how === "twin" ? 0 : Math.abs(start - reference),
      }),
      isEligible: isSure || prefix >= CONTEXT_AGREEMENT || suffix >= CONTEXT_AGREEMENT,
      isLongUnique: false,
    };
    candidates.set(key, candidate);
    return candidate;
  };
  const bestEligible = (): Candidate | null => {
    let top: Candidate | null = null;
    for (const c of candidates.values()) if (c.isEligible && (top === null || c.score > top.score)) top = c;
    return top;
  };

  // 1. The carried span.
  let carried: Candidate | null = null;
  if (mapped !== null && mapped.end > mapped.start) {
    const there = text.slice(mapped.start, mapped.end);
    let errors = there === quote ? 0 : maxErrors + 1;
    if (
      errors > 0 &&
      maxErrors > 0 &&
      m <= MAX_FUZZY_QUOTE_LENGTH &&
      budget.trySpend(EDIT_CELL_COST * m * (2 * maxErrors + 1))
    ) {
      errors = editDistanceWithin(quote, there, maxErrors);
    }
    if (errors <= maxErrors) carried = consider(mapped.start, mapped.end, errors, "carried");
  }

  // A copy inserted right next to the carried span may be the claim's own words, the carried
  // span being the copy: the diff cannot tell twins apart, so both stand at the carried position
  // and context decides (or, failing that, a person). Their stored contexts are often the same
  // by construction (a sentence pasted next to itself), so for them context is taken wider, from
  // the old text: up to WIDE_CONTEXT units, cut at the paragraph break as always.
  if (
    carried !== null &&
    carried.errors === 0 &&
    old !== null &&
    rev.oldText !== null &&
    rev.map !== null &&
    mapped?.isCarried
  ) {
    const twins: Candidate[] = [];
    for (const [from, to] of rev.map.insertionsBeside(carried.start, carried.end)) {
      for (const s of rev.newOccurrences.within(quote, from - m, to, budget)) {
        const twin = rev.map.isSlideOf(carried.start, carried.end, s) ? consider(s, s + m, 0, "twin") : null;
        if (twin !== null) twins.push(twin);
      }
    }
    if (twins.length > 0) {
      const widePrefix = rev.oldText.slice(Math.max(0, old.start - WIDE_CONTEXT), old.start);
      const wideSuffix = rev.oldText.slice(old.end, old.end + WIDE_CONTEXT);
      for (const c of [carried, ...twins]) {
        c.score = candidateScore({
          quoteSimilarity: 1,
          prefixSimilarity: prefixSimilarity(widePrefix, text, c.start, WIDE_CONTEXT),
          suffixSimilarity: suffixSimilarity(wideSuffix, text, c.end, WIDE_CONTEXT),
          distance: 0,
        });
      }
    }
  }

  // 2. Exact occurrences: only those near enough to matter once the carried span holds the quote.
  const top = bestEligible();
  const radius =
    top !== null && carried !== null && carried.errors === 0 && carried.isEligible
      ? reachableDistance(top.score - AMBIGUITY_MARGIN, 1)
      : Infinity;
  if (radius === Infinity || reference === null) {
    const own: [number, number] | null = mapped === null ? null : [mapped.start - m, mapped.end + m];
    const occurrences =
      old !== null
        ? rev.exactOccurrences(quote, reference, own, NEAREST_OCCURRENCES, budget)
        : rev.newOccurrences.nearest(quote, reference, NEAREST_OCCURRENCES, budget);
    for (const s of occurrences.starts) consider(s, s + m, 0, "found");
    // A long quote found exactly once in each text is the claim's, whatever happened around it.
    if (
      old !== null &&
      occurrences.isComplete &&
      occurrences.starts.length === 1 &&
      codePointLength(quote) >= LONG_UNIQUE_QUOTE
    ) {
      const only = occurrences.starts[0] as number;
      const isOwnInOld = rev.oldText?.startsWith(quote, old.start) === true;
      if (isOwnInOld && rev.oldOccurrences?.countUpTo(quote, 2, budget) === 1) {
        const c = candidates.get(`${only},${only + m}`);
        if (c) {
          c.isLongUnique = true;
          c.isEligible = true;
        }
      }
    }
  } else if (radius >= 0 && reference !== null) {
    for (const s of rev.newOccurrences.within(quote, reference - radius, reference + radius + 1, budget))
      consider(s, s + m, 0, "found");
  }

  // 3. Approximate matches, in text the edit inserted (anything else was carried from elsewhere),
  // unless what was found already beats anything they could score.
  const leader = bestEligible();
  const canApproximate = maxErrors > 0 && m <= MAX_FUZZY_QUOTE_LENGTH && !leader?.isLongUnique;
  if (!canApproximate || (leader !== null && leader.score >= bestPossibleScore(1 - 1 / m, 0) - AMBIGUITY_MARGIN)) {
    return decide(rev, anchor, [...candidates.values()]);
  }
  return (approximateBudget: WorkBudget): AnchorResult => {
    budget = approximateBudget;
    const inserted = old !== null ? rev.insertedText : null;
    const afford = (positions: number): boolean => budget.trySpend(positions * FILTER_STEP_COST);
    let ranges: [number, number][];
    if (inserted !== null && m + maxErrors <= 2 * InsertedText.MARGIN) {
      ranges = inserted.candidateRanges(quote, maxErrors, afford) ?? inserted.ranges;
      // And the claim's own place, where a match may be mostly its own carried words.
      if (mapped !== null) {
        const own: [number, number] = [mapped.start - m - maxErrors, mapped.end + m + maxErrors];
        ranges = widened(
          [...ranges, own].sort((x, y) => x[0] - y[0]),
          0,
          text.length,
        );
      }
    } else {
      ranges = [[0, text.length]];
      const filter = rev.trigrams.candidateRanges(quote, maxErrors, afford);
      if (filter !== null) ranges = filter;
      if (inserted !== null) ranges = intersect(ranges, widened(inserted.ranges, m + maxErrors, text.length));
    }
    const isCarriedSure = carried !== null && mapped !== null && mapped.isSureStart && mapped.isSureEnd;
    for (const match of approximateMatches(text, quote, maxErrors, ranges, budget)) {
      // The diff already placed the claim there, boundaries and all.
      if (isCarriedSure && carried !== null && overlaps(match, carried)) continue;
      const fitted = fitToContext(text, quote, maxErrors, match, anchor.prefix, anchor.suffix, budget);
      if (fitted !== null) consider(fitted.start, fitted.end, fitted.errors, "found");
    }
    return decide(rev, anchor, [...candidates.values()]);
  };
}

function decide(rev: Revision, anchor: StoredAnchor, candidates: Candidate[]): AnchorResult {
  const eligible = candidates.filter((c) => c.isEligible).sort((a, b) => b.score - a.score || a.start - b.start);
  // A long quote unique in both texts is taken whatever its surroundings score.
  const best = eligible.find((c) => c.isLongUnique) ?? eligible[0];
  if (best === undefined) return orphaned(anchor);

  const rivals: Candidate[] = [];
  if (!best.isLongUnique) {
    for (const c of eligible) {
      if (c === best || c.score < best.score - AMBIGUITY_MARGIN) continue;
      if (overlaps(c, best) || rivals.some((r) => overlaps(r, c))) continue;
      rivals.push(c);
    }
  }
  const index = rev.newIndex;
  const start = index.toCodePoint(best.start);
  const end = index.toCodePoint(best.end);
  const located = contextAtUtf16(rev.newText, best.start, best.end);
  if (rivals.length > 0) {
    const alternatives: AnchorAlternative[] = [best, ...rivals].map((c) => ({
      start: index.toCodePoint(c.start),
      end: index.toCodePoint(c.end),
      exact: rev.newText.slice(c.start, c.end),
      score: c.score,
    }));
    return { status: "fuzzy", start, end, score: best.quoteSimilarity / alternatives.length, ...located, alternatives };
  }
  const status: AnchorStatus =
    best.errors > 0 ? "fuzzy" : start === anchor.start && end === anchor.end ? "exact" : "moved";
  return { status, start, end, score: best.quoteSimilarity, ...located, alternatives: [] };
}

/**
 * Re-anchors every claim of a document on a new revision. `oldText` is the canonical text the
 * claims' stored offsets refer to (the previous revision's), or null when it is not known, in
 * which case the stored offsets are only a hint. Offsets in and out are code points; the results
 * are in the order of `anchors`.
 */
export function reanchorAll(
  oldText: string | null,
  newText: string,
  anchors: readonly StoredAnchor[],
  options: ReanchorOptions = {},
): AnchorResult[] {
  const rev = new Revision(oldText, newText, options);
  // First the carried spans and exact occurrences of every claim, each claim with its share of
  // the budget; then the approximate searches, which only some claims need, sharing what is
  // left. So a claim whose words are still there is never left without a search because others
  // spent the budget on hopeless approximate ones.
  const share = Math.max(CLAIM_WORK_FLOOR, rev.budget.total / Math.max(1, 2 * anchors.length));
  const outcomes = anchors.map((a) => anchorClaim(rev, a, rev.budget.child(share)));
  let pending = outcomes.filter((o) => typeof o === "function").length;
  return outcomes.map((o) => {
    if (typeof o !== "function") return o;
    const budget = rev.budget.child(Math.max(APPROXIMATE_WORK_FLOOR, rev.budget.remaining / pending--));
    return o(budget);
  });
}

/** Re-anchors one claim (see reanchorAll; for many claims of one document, call that once). */
export function reanchor(
  oldText: string | null,
  newText: string,
  anchor: StoredAnchor,
  options: ReanchorOptions = {},
): AnchorResult {
  return reanchorAll(oldText, newText, [anchor], options)[0] as AnchorResult;
}
