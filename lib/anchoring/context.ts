import { OffsetIndex, splitsSurrogatePair } from "../text/offsets";

/** Code points of prefix and suffix kept around a quote. */
export const CONTEXT_LENGTH = 32;

export interface QuoteContext {
  exact: string;
  prefix: string;
  suffix: string;
}

/** UTF-16 offset `n` code points before `u`, stopping at 0. */
export function stepBackCodePoints(text: string, u: number, n: number): number {
  let i = u;
  for (let k = 0; k < n && i > 0; k++) {
    i--;
    if (splitsSurrogatePair(text, i)) i--;
  }
  return i;
}

/** UTF-16 offset `n` code points after `u`, stopping at the end of `text`. */
export function stepForwardCodePoints(text: string, u: number, n: number): number {
  let i = u;
  for (let k = 0; k < n && i < text.length; k++) {
    i++;
    if (splitsSurrogatePair(text, i)) i++;
  }
  return i;
}

/** Widens a UTF-16 range so that neither end falls inside a surrogate pair. */
export function snapRange(text: string, start: number, end: number): [number, number] {
  return [splitsSurrogatePair(text, start) ? start - 1 : start, splitsSurrogatePair(text, end) ? end + 1 : end];
}

/** Quote and context of the UTF-16 range [start, end) of `text`. */
export function contextAtUtf16(text: string, start: number, end: number): QuoteContext {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(stepBackCodePoints(text, start, CONTEXT_LENGTH), start),
    suffix: text.slice(end, stepForwardCodePoints(text, end, CONTEXT_LENGTH)),
  };
}

/**
 * Quote with up to CONTEXT_LENGTH code points of prefix and suffix for the code point range
 * [startCp, endCp) of `text`. Pass the text's OffsetIndex when calling this for many ranges.
 */
export function quoteSelectorAt(
  text: string,
  startCp: number,
  endCp: number,
  index: OffsetIndex = new OffsetIndex(text),
): QuoteContext {
  return contextAtUtf16(text, index.toUtf16(startCp), index.toUtf16(endCp));
}
