/**
 * A filter that narrows a long text to the places where a quote may match approximately, so
 * that approx-string-match runs over a few short ranges instead of the whole text.
 *
 * It rests on the q-gram lemma: if a substring of the text is within k edits of a pattern of
 * length m, at least m - q + 1 - k·q of the pattern's q-grams occur in that substring. The text
 * is cut into blocks of 2(m + k) units overlapping by half, so that any such substring lies
 * inside one block; a block whose count of pattern q-gram occurrences falls below the bound
 * cannot hold a match. Hash collisions only raise counts, so the filter never loses a match.
 * (Cutting the quote into k + 1 exact pieces would need pieces of about five characters at a
 * 20% error rate, far too common in prose to narrow anything.)
 */

const Q = 3;
const HASH_BITS = 16;

function gramHash(s: string, i: number): number {
  const h =
    Math.imul(s.charCodeAt(i), 0x9e3779b1) ^
    Math.imul(s.charCodeAt(i + 1), 0x85ebca77) ^
    Math.imul(s.charCodeAt(i + 2), 0xc2b2ae3d);
  return h >>> (32 - HASH_BITS);
}

export class TrigramIndex {
  readonly text: string;
  private built: { starts: Int32Array; positions: Int32Array } | null = null;

  /** Cheap: the index is built on the first query and then shared by every later one. */
  constructor(text: string) {
    this.text = text;
  }

  private build(): { starts: Int32Array; positions: Int32Array } {
    if (this.built) return this.built;
    const text = this.text;
    const n = Math.max(0, text.length - Q + 1);
    const hashes = new Uint32Array(n);
    const starts = new Int32Array((1 << HASH_BITS) + 1);
    for (let j = 0; j < n; j++) {
      const h = gramHash(text, j);
      hashes[j] = h;
      starts[h + 1]!++;
    }
    for (let h = 0; h < 1 << HASH_BITS; h++) starts[h + 1]! += starts[h]!;
    const cursor = starts.slice(0, 1 << HASH_BITS);
    const positions = new Int32Array(n);
    for (let j = 0; j < n; j++) positions[cursor[hashes[j]!]!++] = j;
    this.built = { starts, positions };
    return this.built;
  }

  /**
   * Where the quote's rarest trigram occurs: UTF-16 offsets in the text (ascending) of that
   * trigram or of any other with the same hash (callers verify), and its offset in the quote.
   * Null for a quote shorter than a trigram. Costs O(quote length) once the index is built.
   */
  rarestGram(quote: string): { offset: number; positions: Int32Array } | null {
    if (quote.length < Q) return null;
    const { starts, positions } = this.build();
    let offset = 0;
    let hash = gramHash(quote, 0);
    for (let i = 1; i + Q <= quote.length && starts[hash + 1]! > starts[hash]!; i++) {
      const h = gramHash(quote, i);
      if (starts[h + 1]! - starts[h]! < starts[hash + 1]! - starts[hash]!) {
        offset = i;
        hash = h;
      }
    }
    return { offset, positions: positions.subarray(starts[hash]!, starts[hash + 1]!) };
  }

  /**
   * UTF-16 ranges, ascending and disjoint, that hold every substring of the text within
   * `maxErrors` edits of `quote`; null when the bound is too weak to exclude anything, or when
   * `afford`, told how many text positions finding them would visit, answers false (a caller
   * bounding its work on a repetitive text).
   */
  candidateRanges(
    quote: string,
    maxErrors: number,
    afford: (positions: number) => boolean = () => true,
  ): [number, number][] | null {
    const m = quote.length;
    const threshold = m - Q + 1 - maxErrors * Q;
    if (threshold <= 0 || this.text.length < 2 * (m + maxErrors)) return null;
    const { starts, positions } = this.build();

    const grams = new Set<number>();
    for (let i = 0; i + Q <= m; i++) grams.add(gramHash(quote, i));
    // The work is the number of text positions holding one of the quote's q-grams.
    let work = 0;
    for (const h of grams) work += starts[h + 1]! - starts[h]!;
    if (!afford(work)) return null;
    const stride = m + maxErrors;
    // Block b covers [b·stride, (b + 2)·stride): a q-gram at p counts for blocks b and b - 1.
    // Each text position counts once, whatever the number of times its q-gram occurs in the
    // quote: that count is at least the shared q-grams the lemma bounds, so the filter stays
    // safe, and it is tighter than weighting by the quote's multiplicity.
    const blockCount = Math.floor(this.text.length / stride) + 1;
    const ranges: [number, number][] = [];
    const keep = (b: number): void => {
      const from = b * stride;
      const to = Math.min(this.text.length, from + 2 * stride);
      const last = ranges[ranges.length - 1];
      if (last && from <= last[1]) last[1] = to;
      else ranges.push([from, to]);
    };
    if (2 * work >= blockCount) {
      const counts = new Int32Array(blockCount);
      for (const h of grams) {
        for (let k = starts[h]!; k < starts[h + 1]!; k++) {
          const b = Math.floor(positions[k]! / stride);
          counts[b]!++;
          if (b > 0) counts[b - 1]!++;
        }
      }
      for (let b = 0; b < blockCount; b++) if (counts[b]! >= threshold) keep(b);
      return ranges;
    }
    // Few hits for a long text: count them per block hit (sorted), not per block of the text.
    const hits = new Int32Array(2 * work);
    let n = 0;
    for (const h of grams) {
      for (let k = starts[h]!; k < starts[h + 1]!; k++) {
        const b = Math.floor(positions[k]! / stride);
        hits[n++] = b;
        if (b > 0) hits[n++] = b - 1;
      }
    }
    const blocks = hits.subarray(0, n).sort();
    for (let i = 0; i < blocks.length;) {
      let j = i;
      while (j < blocks.length && blocks[j] === blocks[i]) j++;
      if (j - i >= threshold) keep(blocks[i]!);
      i = j;
    }
    return ranges;
  }
}
