import { TrigramIndex } from "./trigram-filter";

/**
 * The text a revision inserted (what its diff did not carry from the old text), widened by
 * MARGIN on each side, with a trigram index of its own. A claim whose words were edited and
 * moved can only be found there: a candidate more than half carried from another place of the
 * old text is another passage, so it overlaps inserted text by at least half its length and
 * reaches at most half its length (MARGIN) beyond. Filtering that small text, instead of the
 * whole document, keeps the approximate search of the claims whose words were rewritten (a few
 * per cent of a long document's) cheap.
 */
export class InsertedText {
  /** UTF-16 units of carried text kept on each side of an insertion: half the longest quote plus errors this serves. */
  static readonly MARGIN = 96;
  private readonly pieces: { at: number; from: number; to: number }[] = [];
  private readonly index: TrigramIndex;

  /** `ranges`: UTF-16 ranges of `text` the revision inserted, ascending. */
  constructor(text: string, ranges: readonly [number, number][]) {
    let joined = "";
    for (const [a, b] of ranges) {
      const from = Math.max(0, a - InsertedText.MARGIN);
      const to = Math.min(text.length, b + InsertedText.MARGIN);
      const last = this.pieces[this.pieces.length - 1];
      if (last && from <= last.to) {
        joined += text.slice(last.to, to);
        last.to = Math.max(last.to, to);
        continue;
      }
      this.pieces.push({ at: joined.length, from, to });
      joined += text.slice(from, to);
    }
    this.index = new TrigramIndex(joined);
  }

  /**
   * UTF-16 starts in the text, ascending, of every exact occurrence of `quote` that lies at least
   * half in inserted text; null for a quote longer than twice MARGIN, or when `afford`, told how
   * many positions would be checked, refuses.
   */
  exactOccurrences(text: string, quote: string, afford: (positions: number) => boolean = () => true): number[] | null {
    if (quote.length > 2 * InsertedText.MARGIN) return null;
    const gram = this.index.rarestGram(quote);
    if (gram === null || !afford(gram.positions.length)) return null;
    const starts: number[] = [];
    let piece = 0;
    for (const at of gram.positions) {
      const joinedStart = at - gram.offset;
      if (joinedStart < 0) continue;
      while (piece < this.pieces.length - 1 && (this.pieces[piece + 1] as { at: number }).at <= joinedStart) piece++;
      const p = this.pieces[piece] as { at: number; from: number; to: number };
      const start = p.from + (joinedStart - p.at);
      if (start + quote.length <= p.to && text.startsWith(quote, start)) starts.push(start);
    }
    return starts;
  }

  /** The widened inserted ranges (UTF-16 offsets of the text). */
  get ranges(): [number, number][] {
    return this.pieces.map((p) => [p.from, p.to]);
  }

  /**
   * UTF-16 ranges of the text, ascending, holding every approximate match of `quote` (within
   * `maxErrors`) that lies at least half in inserted text; null when the filter cannot narrow
   * them (then search `ranges`) or `afford` refuses the work (see TrigramIndex), or for quotes
   * longer than twice MARGIN (search the whole text).
   */
  candidateRanges(
    quote: string,
    maxErrors: number,
    afford?: (positions: number) => boolean,
  ): [number, number][] | null {
    if (quote.length + maxErrors > 2 * InsertedText.MARGIN) return null;
    const found = this.index.candidateRanges(quote, maxErrors, afford);
    if (found === null) return null;
    const out: [number, number][] = [];
    for (const [a, b] of found) {
      for (const p of this.pieces) {
        const length = p.to - p.from;
        const from = Math.max(a, p.at);
        const to = Math.min(b, p.at + length);
        if (from < to) out.push([p.from + (from - p.at), p.from + (to - p.at)]);
      }
    }
    return out;
  }
}
