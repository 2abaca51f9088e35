/**
 * Conversions between Unicode code point offsets (the public unit of every selector and API)
 * and UTF-16 code unit offsets (what JavaScript strings index by).
 *
 * A lone surrogate counts as one code point, as `Array.from` and `String.prototype.codePointAt`
 * treat it.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when UTF-16 offset `u` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, u: number): boolean {
  return u > 0 && u < text.length && isHighSurrogate(text.charCodeAt(u - 1)) && isLowSurrogate(text.charCodeAt(u));
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/**
 * An index over one string that converts offsets in O(log k), k being the number of
 * characters outside the Basic Multilingual Plane. Build it once per text and reuse it for
 * every claim of a document.
 */
export class OffsetIndex {
  readonly text: string;
  /** UTF-16 offsets of the high surrogate of each surrogate pair, ascending. */
  private readonly pairs: number[] = [];
  readonly codePointLength: number;

  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        this.pairs.push(i);
        i++;
      }
    }
    this.codePointLength = text.length - this.pairs.length;
  }

  /** Number of pairs whose high surrogate lies before UTF-16 offset `u`. */
  private pairsBeforeUtf16(u: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.pairs[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Code point offset of UTF-16 offset `u`. An offset inside a surrogate pair is rounded down
   * to the start of that character.
   */
  toCodePoint(u: number): number {
    const clamped = Math.max(0, Math.min(u, this.text.length));
    // A pair whose high surrogate lies before `clamped` is one code point for two units; when
    // `clamped` splits that pair, this rounds down to the pair's start.
    return clamped - this.pairsBeforeUtf16(clamped);
  }

  /** UTF-16 offset of code point offset `cp`, clamped to the text. */
  toUtf16(cp: number): number {
    const clamped = Math.max(0, Math.min(cp, this.codePointLength));
    // Find the number of pairs whose start lies before the resulting UTF-16 offset: the
    // pair at UTF-16 offset p starts at code point p - (its index).
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.pairs[mid] as number) - mid < clamped) lo = mid + 1;
      else hi = mid;
    }
    return clamped + lo;
  }
}
