/**
 * Where the characters of an old text went in a new one, as a diff says: a list of segments
 * that alternate between "equal" (the same characters, carried through the edit) and
 * "replaced" (old characters deleted, new ones inserted; either side may be empty). Offsets here
 * are UTF-16 code units of the ORIGINAL texts; the segments themselves are kept over the folded
 * texts the diff was computed on (see diff-texts.ts) and translated at the edges.
 *
 * Mapping is monotonic: a later old offset never maps before an earlier one. Inside an equal
 * segment it is exact; inside a replaced one it is interpolated in proportion, which keeps order
 * but says nothing certain, so every mapped offset carries `isSure`.
 */

export interface MappedOffset {
  /** UTF-16 offset in the new text. */
  at: number;
  /** True when the offset lies in or at the edge of an equal segment (not interpolated). */
  isSure: boolean;
}

export interface MappedSpan {
  /** UTF-16 offsets in the new text; `start <= end`. */
  start: number;
  end: number;
  isSureStart: boolean;
  isSureEnd: boolean;
  /** True when the whole old span lies inside one equal segment: its characters survived as they were (up to folding). */
  isCarried: boolean;
}

interface Side {
  /** The folded text. */
  text: string;
  /** Folded offset → original offset (length + 1 entries). */
  map: Int32Array;
}

function lowerBound(values: Int32Array, x: number, to = values.length): number {
  let lo = 0;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PositionMap {
  /** Segment i covers old folded [oldStarts[i], oldStarts[i + 1]) and new folded [newStarts[i], newStarts[i + 1]). */
  private readonly oldStarts: Int32Array;
  private readonly newStarts: Int32Array;
  private readonly isEqual: Uint8Array;
  private readonly count: number;

  /**
   * `segments` are [oldLength, newLength, isEqual] in folded units, in order, covering both
   * folded texts; `oldSide.map` and `newSide.map` translate folded offsets to original ones.
   */
  constructor(
    segments: readonly (readonly [number, number, boolean])[],
    private readonly oldSide: Side,
    private readonly newSide: Side,
  ) {
    // Merge neighbours of the same kind so that equal and replaced segments alternate.
    const merged: [number, number, boolean][] = [];
    for (const [a, b, eq] of segments) {
      if (a === 0 && b === 0) continue;
      const last = merged[merged.length - 1];
      if (last && last[2] === eq) {
        last[0] += a;
        last[1] += b;
      } else merged.push([a, b, eq]);
    }
    this.count = merged.length;
    this.oldStarts = new Int32Array(merged.length + 1);
    this.newStarts = new Int32Array(merged.length + 1);
    this.isEqual = new Uint8Array(merged.length);
    merged.forEach(([a, b, eq], i) => {
      this.oldStarts[i + 1] = (this.oldStarts[i] as number) + a;
      this.newStarts[i + 1] = (this.newStarts[i] as number) + b;
      this.isEqual[i] = eq ? 1 : 0;
    });
  }

  private get oldFoldedLength(): number {
    return this.oldSide.map.length - 1;
  }

  /** Folded offset of original old offset `u` (the first folded character at or after it). */
  private foldOld(u: number): number {
    return lowerBound(this.oldSide.map, u);
  }

  private foldNew(u: number): number {
    return lowerBound(this.newSide.map, u);
  }

  private unfoldNew(f: number): number {
    return this.newSide.map[Math.max(0, Math.min(f, this.newSide.map.length - 1))] as number;
  }

  /** Index of the segment holding old folded character `f` (0 <= f < old folded length). */
  private segmentOfOldChar(f: number): number {
    // The first segment whose end lies after f; pure insertions (no old characters) are skipped.
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.oldStarts[mid + 1] as number) <= f) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private interpolate(i: number, f: number): number {
    const o0 = this.oldStarts[i] as number;
    const o1 = this.oldStarts[i + 1] as number;
    const n0 = this.newStarts[i] as number;
    const n1 = this.newStarts[i + 1] as number;
    return n0 + Math.round(((f - o0) * (n1 - n0)) / Math.max(1, o1 - o0));
  }

  /** Folded: where a span starting at old folded offset f starts in the new text. */
  private startOf(f: number): { at: number; isSure: boolean; segment: number } {
    if (f >= this.oldFoldedLength) return { at: this.newSide.map.length - 1, isSure: true, segment: this.count };
    const i = this.segmentOfOldChar(f);
    const o0 = this.oldStarts[i] as number;
    if (this.isEqual[i]) return { at: (this.newStarts[i] as number) + (f - o0), isSure: true, segment: i };
    if (f === o0) return { at: this.newStarts[i] as number, isSure: true, segment: i };
    return { at: this.interpolate(i, f), isSure: false, segment: i };
  }

  /** Folded: where a span ending at old folded offset f (exclusive) ends in the new text. */
  private endOf(f: number): { at: number; isSure: boolean; segment: number } {
    if (f <= 0) return { at: 0, isSure: true, segment: -1 };
    const i = this.segmentOfOldChar(f - 1);
    const o0 = this.oldStarts[i] as number;
    if (this.isEqual[i]) return { at: (this.newStarts[i] as number) + (f - o0), isSure: true, segment: i };
    if (f === (this.oldStarts[i + 1] as number))
      return { at: this.newStarts[i + 1] as number, isSure: true, segment: i };
    return { at: this.interpolate(i, f), isSure: false, segment: i };
  }

  /**
   * Carries the old span [start, end) (UTF-16 offsets of the old text) into the new text.
   * Characters inserted right before the span stay outside its start, and those inserted right
   * after it outside its end.
   */
  mapSpan(start: number, end: number): MappedSpan {
    const oldMap = this.oldSide.map;
    const newMap = this.newSide.map;
    // An offset inside a run of whitespace (folded to one space) keeps its place in the run.
    let fs = this.foldOld(start);
    let startInRun = 0;
    if (fs > 0 && (oldMap[fs] as number) > start) {
      fs--;
      startInRun = start - (oldMap[fs] as number);
    }
    let fe = Math.max(fs, this.foldOld(end));
    let endInRun = 0;
    if (fe > 0 && (oldMap[fe] as number) > end && (oldMap[fe - 1] as number) < end)
      endInRun = end - (oldMap[fe - 1] as number);
    if (fe === fs && end > start) fe = fs + 1;
    const s = this.startOf(fs);
    const e = fe === fs ? { ...s } : this.endOf(fe);
    // Only where the diff carried the run: an interpolated offset has no place in a run to keep.
    const isCarriedAt = (segment: number): boolean =>
      segment >= 0 && segment < this.count && this.isEqual[segment] === 1;
    const startAt = isCarriedAt(s.segment)
      ? Math.min(this.unfoldNew(s.at) + startInRun, this.unfoldNew(s.at + 1))
      : this.unfoldNew(s.at);
    let endAt = this.unfoldNew(Math.max(s.at, e.at));
    if (endInRun > 0 && e.at > 0 && isCarriedAt(e.segment))
      endAt = Math.min((newMap[e.at - 1] as number) + endInRun, endAt);
    return {
      start: startAt,
      end: Math.max(startAt, endAt),
      isSureStart: s.isSure,
      isSureEnd: e.isSure,
      isCarried: fe > fs && s.segment === e.segment && this.isEqual[s.segment] === 1,
    };
  }

  /**
   * How the new span [start, end) (UTF-16) came about, in folded characters: how many were
   * carried from the old text, and how many of those from within the old span
   * [oldStart, oldEnd). The rest of the span is newly inserted text.
   */
  provenance(
    start: number,
    end: number,
    oldStart: number,
    oldEnd: number,
  ): { length: number; carried: number; fromSpan: number } {
    const ns = this.foldNew(start);
    const ne = Math.max(ns, this.foldNew(end));
    const os = this.foldOld(oldStart);
    const oe = this.foldOld(oldEnd);
    let carried = 0;
    let fromSpan = 0;
    // The first segment ending after ns.
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.newStarts[mid + 1] as number) <= ns) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.count && (this.newStarts[i] as number) < ne; i++) {
      if (!this.isEqual[i]) continue;
      const n0 = this.newStarts[i] as number;
      const a = Math.max(ns, n0);
      const b = Math.min(ne, this.newStarts[i + 1] as number);
      if (a >= b) continue;
      carried += b - a;
      const o0 = (this.oldStarts[i] as number) + (a - n0);
      const o1 = o0 + (b - a);
      fromSpan += Math.max(0, Math.min(o1, oe) - Math.max(o0, os));
    }
    return { length: ne - ns, carried, fromSpan };
  }

  /** Index of the segment holding new folded character `f`. */
  private segmentOfNewChar(f: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.newStarts[mid + 1] as number) <= f) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * UTF-16 ranges of the new text inserted (with nothing deleted) right before and right after
   * the equal segment that holds the new span [start, end), when there are such insertions.
   */
  insertionsBeside(start: number, end: number): [number, number][] {
    const fs = this.foldNew(start);
    const i = this.segmentOfNewChar(fs);
    if (i >= this.count || !this.isEqual[i] || (this.newStarts[i + 1] as number) < this.foldNew(end)) return [];
    const ranges: [number, number][] = [];
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= this.count || this.oldStarts[j] !== this.oldStarts[j + 1]) continue;
      ranges.push([this.unfoldNew(this.newStarts[j] as number), this.unfoldNew(this.newStarts[j + 1] as number)]);
    }
    return ranges;
  }

  /**
   * Whether the diff could as well have carried the characters it carried to new [aStart, aEnd)
   * to [bStart, bEnd) instead, at the same cost: true when an insertion lies right next to the
   * first span, as long (folded) as the two spans are apart, and the folded new text repeats
   * with that period from one span through the insertion to the other. That is a passage pasted
   * next to its twin: "S" becoming "S S" reads as S then an inserted copy, or as an inserted copy
   * then S, and no diff can tell which is the old one.
   */
  isSlideOf(aStart: number, aEnd: number, bStart: number): boolean {
    const fa = this.foldNew(aStart);
    const fae = this.foldNew(aEnd);
    const fb = this.foldNew(bStart);
    const d = fb - fa;
    if (d === 0) return false;
    const i = this.segmentOfNewChar(fa);
    if (i >= this.count || !this.isEqual[i] || (this.newStarts[i + 1] as number) < fae) return false;
    const j = d > 0 ? i + 1 : i - 1;
    if (j < 0 || j >= this.count || this.oldStarts[j] !== this.oldStarts[j + 1]) return false;
    const i0 = this.newStarts[j] as number;
    const i1 = this.newStarts[j + 1] as number;
    const period = Math.abs(d);
    if (i1 - i0 !== period) return false;
    const text = this.newSide.text;
    // From the first span through the insertion (after it) or from the insertion through the first span (before it).
    const from = d > 0 ? fa : i0;
    const to = d > 0 ? i0 : fae - period;
    for (let k = from; k < to; k++) if (text.charCodeAt(k) !== text.charCodeAt(k + period)) return false;
    return true;
  }

  /** UTF-16 ranges of the new text that were not carried from the old one (inserted or rewritten), ascending. */
  insertedRanges(): [number, number][] {
    const ranges: [number, number][] = [];
    for (let i = 0; i < this.count; i++) {
      if (this.isEqual[i] || this.newStarts[i] === this.newStarts[i + 1]) continue;
      ranges.push([this.unfoldNew(this.newStarts[i] as number), this.unfoldNew(this.newStarts[i + 1] as number)]);
    }
    return ranges;
  }
}
