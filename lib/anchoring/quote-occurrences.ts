import type { TrigramIndex } from "./trigram-filter";
import type { WorkBudget } from "./work-budget";

/** Occurrences considered at most per search: a quote found more often than this is not distinctive. */
export const MAX_OCCURRENCES = 4096;
/** Trigram buckets larger than this are not enumerated (the text is too repetitive for them to narrow anything). */
const MAX_BUCKET = 50_000;
/** UTF-16 units scanned at most on each side of the reference point before the whole text is. */
const LOCAL_SCAN = 8192;

export interface Occurrences {
  /** UTF-16 start offsets, nearest to the reference point first (text order without one). */
  starts: number[];
  /** True when these are all the occurrences in the text. */
  isComplete: boolean;
}

/**
 * Exact occurrences of quotes in one text, found through its trigram index (the quote's rarest
 * trigram names every place it can start) or, for quotes too short for that or texts too
 * repetitive, by scanning near a reference point and then, budget permitting, the whole text.
 * Offsets are UTF-16 code units.
 */
export class QuoteOccurrences {
  constructor(
    readonly text: string,
    private readonly trigrams: TrigramIndex,
  ) {}

  /** Appends the starts of `quote` within text[from, to) to `found`; false when `limit` was reached first. */
  private scan(quote: string, from: number, to: number, found: number[], limit: number): boolean {
    const start = Math.max(0, Math.floor(from));
    const end = Math.min(this.text.length, Math.ceil(to));
    if (end - start < quote.length) return true;
    // On a slice, so that a quote absent from the range does not send indexOf to the end of the text.
    const hay = start === 0 && end === this.text.length ? this.text : this.text.slice(start, end);
    for (let i = hay.indexOf(quote); i !== -1; i = hay.indexOf(quote, i + 1)) {
      if (found.length === limit) return false;
      found.push(start + i);
    }
    return true;
  }

  /** Occurrences starting within [from, to) (at most MAX_OCCURRENCES, in text order). */
  within(quote: string, from: number, to: number, budget: WorkBudget): number[] {
    const found: number[] = [];
    if (!budget.trySpend(Math.max(0, Math.ceil(to - from)) + quote.length)) return found;
    this.scan(quote, from, to + quote.length, found, MAX_OCCURRENCES);
    return found;
  }

  /** Up to `limit` occurrences nearest `around` (UTF-16), or the first ones when it is null. */
  nearest(quote: string, around: number | null, limit: number, budget: WorkBudget): Occurrences {
    const all = this.all(quote, around, limit, budget);
    if (around !== null) all.starts.sort((a, b) => Math.abs(a - around) - Math.abs(b - around) || a - b);
    if (all.starts.length > limit) return { starts: all.starts.slice(0, limit), isComplete: false };
    return all;
  }

  /** Number of occurrences, counted up to `cap` (cap means "cap or more"); null when unknown (budget). */
  countUpTo(quote: string, cap: number, budget: WorkBudget): number | null {
    const all = this.all(quote, null, cap, budget);
    if (all.starts.length >= cap) return cap;
    return all.isComplete ? all.starts.length : null;
  }

  /** Every occurrence, or at least the `wanted` nearest `around` (then isComplete is false). */
  private all(quote: string, around: number | null, wanted: number, budget: WorkBudget): Occurrences {
    const gram = this.trigrams.rarestGram(quote);
    if (
      gram !== null &&
      gram.positions.length <= MAX_BUCKET &&
      budget.trySpend(gram.positions.length * 8 + quote.length)
    ) {
      const starts: number[] = [];
      for (const p of gram.positions) {
        const s = p - gram.offset;
        if (s >= 0 && this.text.startsWith(quote, s)) {
          if (starts.length === MAX_OCCURRENCES) return { starts, isComplete: false };
          starts.push(s);
        }
      }
      return { starts, isComplete: true };
    }
    // Too short for a trigram, or a text too repetitive to narrow: near the reference point
    // first, in windows doubling from a few quote lengths, so that a quote found everywhere (one
    // letter in a text of that letter) costs a few windows, not a scan.
    const centre = around ?? 0;
    const starts: number[] = [];
    for (let radius = Math.max(64, 4 * quote.length); ; radius *= 2) {
      const from = Math.max(0, centre - radius);
      const to = Math.min(this.text.length, centre + radius);
      if (!budget.trySpend(to - from + quote.length)) return { starts, isComplete: false };
      starts.length = 0;
      if (!this.scan(quote, from, to + quote.length, starts, MAX_OCCURRENCES)) return { starts, isComplete: false };
      if (from === 0 && to === this.text.length) return { starts, isComplete: true };
      // Any occurrence outside the window is farther than the `wanted` found inside it.
      if (starts.length >= wanted || radius >= LOCAL_SCAN) break;
    }
    if (starts.length >= wanted || !budget.trySpend(this.text.length)) return { starts, isComplete: false };
    const everywhere: number[] = [];
    const complete = this.scan(quote, 0, this.text.length, everywhere, MAX_OCCURRENCES);
    return { starts: everywhere, isComplete: complete };
  }
}
