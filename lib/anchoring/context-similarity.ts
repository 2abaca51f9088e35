/**
 * How well a claim's stored prefix or suffix agrees with the text around a candidate span.
 *
 * Similarity is 1 − d / L, where L is the length of the stored context (folded, UTF-16 units)
 * and d the smallest edit distance between it and the text that ends exactly at the candidate's
 * start (for a prefix) or begins exactly at its end (for a suffix), over every length of that
 * text. Anchoring at the candidate's boundary matters: the context must be found next to the
 * quote, not merely somewhere nearby, but a few inserted or deleted characters between them only
 * cost their number. Both sides are folded first (lib/anchoring/fold.ts), so that a reflow, other
 * whitespace or curly quotes do not count as differences.
 *
 * Context stops at a line break: the words of the neighbouring paragraph (or line: in the
 * canonical text a hard break separates lines that stand apart, and a plain-text import without
 * blank lines has one paragraph per line) say little about a claim, and a claim at the start of
 * its paragraph keeps that "context" wherever the paragraph goes. So on both sides (stored
 * context and text) a prefix is compared only from its last break on (the break included,
 * standing for "a paragraph starts here"), and a suffix up to its first; the start and the end
 * of the document count as breaks. A claim at the start of a paragraph then agrees with any
 * place at the start of a paragraph on that side, and with nothing else. (A reflow that moves
 * line breaks changes context near them; the diff, which ignores whitespace, still carries
 * such claims.)
 *
 * An empty stored context has similarity 0: it is no evidence either way (the claim covered the
 * whole document).
 */
import { fold } from "./fold";

/** Stored contexts longer than this (UTF-16 units, folded) are cut to the part next to the quote. */
export const MAX_CONTEXT_COMPARED = 64;

let rowA = new Int32Array(0);
let rowB = new Int32Array(0);

/**
 * min over j of the edit distance between `pattern` and the first j characters of `text` read
 * from `fromEnd ? its end backwards : its start`. O(|pattern|·|text|).
 */
function anchoredDistance(pattern: string, text: string, fromEnd: boolean): number {
  const p = pattern.length;
  const t = text.length;
  if (rowA.length < t + 1) {
    rowA = new Int32Array(t + 1);
    rowB = new Int32Array(t + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= t; j++) prev[j] = j;
  for (let i = 1; i <= p; i++) {
    const pc = fromEnd ? pattern.charCodeAt(p - i) : pattern.charCodeAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= t; j++) {
      const tc = fromEnd ? text.charCodeAt(t - j) : text.charCodeAt(j - 1);
      const diagonal = (prev[j - 1] as number) + (pc === tc ? 0 : 1);
      const up = (prev[j] as number) + 1;
      const left = (cur[j - 1] as number) + 1;
      cur[j] = diagonal < up ? (diagonal < left ? diagonal : left) : up < left ? up : left;
    }
    [prev, cur] = [cur, prev];
  }
  let best = p;
  for (let j = 0; j <= t; j++) if ((prev[j] as number) < best) best = prev[j] as number;
  return best;
}

/** Stands for a line break (or an edge of the document) in folded context; fold leaves it alone. */
const BREAK = "\u0001";

/** Folded, with every run of whitespace holding a line break as BREAK. */
function foldKeepingBreaks(text: string): string {
  return fold(text.replace(/[^\S\n]*\n\s*/g, BREAK));
}

/**
 * |bag(pattern) ∩ bag(text)| / |pattern|: at least the similarity (each character of the pattern
 * missing from the text costs an edit, wherever it is aligned), and found in linear time.
 */
function bagSimilarityBound(pattern: string, text: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      counts.set(c, n - 1);
      shared++;
    }
  }
  return shared / pattern.length;
}

function similarity(
  stored: string,
  window: string,
  fromEnd: boolean,
  isAtEdge: boolean,
  maxCompared: number,
  floor: number,
): number {
  let s = foldKeepingBreaks(stored);
  const cut = fromEnd ? s.lastIndexOf(BREAK) : s.indexOf(BREAK);
  if (cut !== -1) s = fromEnd ? s.slice(cut) : s.slice(0, cut + 1);
  if (s.length > maxCompared) s = fromEnd ? s.slice(s.length - maxCompared) : s.slice(0, maxCompared);
  if (s.length === 0) return 0;
  let w = foldKeepingBreaks(window);
  if (isAtEdge) w = fromEnd ? BREAK + w : w + BREAK;
  const wCut = fromEnd ? w.lastIndexOf(BREAK) : w.indexOf(BREAK);
  if (wCut !== -1) w = fromEnd ? w.slice(wCut) : w.slice(0, wCut + 1);
  const reach = s.length + Math.ceil(s.length / 4) + 1;
  if (w.length > reach) w = fromEnd ? w.slice(w.length - reach) : w.slice(0, reach);
  if (floor > 0) {
    const bound = bagSimilarityBound(s, w);
    if (bound < floor) return bound;
  }
  return 1 - anchoredDistance(s, w, fromEnd) / s.length;
}

/**
 * Similarity in [0, 1] of `stored`, a claim's prefix, with the text of `text` ending at UTF-16
 * offset `at` (1 when identical). At most `maxCompared` units of it (folded, next to the quote)
 * are compared: the cost is their square. A similarity below `floor` may be answered by any
 * value below `floor`, found in linear time (for callers that only need to know "below").
 */
export function prefixSimilarity(
  stored: string,
  text: string,
  at: number,
  maxCompared = MAX_CONTEXT_COMPARED,
  floor = 0,
): number {
  if (stored.length === 0) return 0;
  if (at >= stored.length && text.startsWith(stored, at - stored.length)) return 1;
  // Twice the length and a little, as the text's whitespace runs may fold to fewer characters.
  const from = Math.max(0, at - 2 * Math.min(stored.length, 4 * maxCompared) - 8);
  return similarity(stored, text.slice(from, at), true, from === 0, maxCompared, floor);
}

/** Similarity in [0, 1] of `stored`, a claim's suffix, with the text of `text` from UTF-16 offset `at` (see prefixSimilarity). */
export function suffixSimilarity(
  stored: string,
  text: string,
  at: number,
  maxCompared = MAX_CONTEXT_COMPARED,
  floor = 0,
): number {
  if (stored.length === 0) return 0;
  if (text.startsWith(stored, at)) return 1;
  const to = Math.min(text.length, at + 2 * Math.min(stored.length, 4 * maxCompared) + 8);
  return similarity(stored, text.slice(at, to), false, to === text.length, maxCompared, floor);
}
