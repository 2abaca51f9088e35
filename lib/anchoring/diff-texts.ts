/**
 * One diff of two revisions' canonical texts, computed once per revision, so that every claim's
 * old position can be carried through the edit before anything is searched for.
 *
 * The texts are folded as quotes are first (lib/anchoring/fold.ts: one space for every run of
 * whitespace, straight quotes and plain hyphens), so that reflowing the text or "smartening" its
 * quotes does not read as an edit of every line. The diff is then done in three levels, as
 * diff-match-patch's own line mode does, but with units that survive a reflow:
 *
 * 1. sentences (text up to and including `.`, `!` or `?` and the space after), anchored first
 *    on the sentences found exactly once in each text (as patience diff does), so that the
 *    Myers search only runs in the small gaps between them however the edits are spread;
 * 2. words, spaces and punctuation inside each run of replaced sentences, followed by
 *    diff-match-patch's semantic cleanup (a rewritten sentence becomes one replacement instead
 *    of a scatter of common words such as "the");
 * 3. characters inside each short run of replaced words (a typo, a changed word), by
 *    diff-match-patch itself with its semantic cleanup, so that a claim whose quote was edited
 *    keeps exact boundaries.
 *
 * Semantic cleanup is NOT applied at the sentence level: it would fold an unchanged sentence
 * lying between two rewritten ones into one replacement and lose the claims on it. A final
 * lossless cleanup slides edits onto word boundaries ("Note. No…" inserted before "No…" reads
 * as an insertion of "Note. ", not of "te. No").
 *
 * Cost is bounded, deterministically: the common prefix and suffix are trimmed first (linear);
 * the unit-level searches are Myers' O(ND) with D bounded from a shared work budget
 * (bounded-myers.ts; diff-match-patch's own bound is a wall-clock deadline, under which a busy
 * server would diff the same revisions more coarsely and anchor claims differently), and what
 * the budget does not cover is reported as one replacement, which still maps positions
 * monotonically (by interpolation, marked unsure). A level with more than 65,536 distinct units
 * (what one UTF-16 code unit can name) also reports one replacement.
 */
import DiffMatchPatch from "diff-match-patch";
import { boundedMyers } from "./bounded-myers";
import { foldText, isWhitespaceCode } from "./fold";
import { PositionMap } from "./position-map";

/**
 * Steps of Myers' search (text units × edits) one diff may take over all its unit-level calls;
 * past it, what is left is reported as replacements. About 100 ms of work; a 600,000-character
 * document with 5% of it edited takes well under 1% of it.
 */
export const DIFF_WORK = 50_000_000;
/** At most this many edits are looked for in one unit-level Myers search (memory is its square). */
const MAX_EDITS_PER_DIFF = 2000;
/** Replaced sentence runs longer than this on either side (UTF-16 units) are not diffed by word. */
const WORD_DIFF_LIMIT = 262_144;
/** Replaced word runs at most this long on both sides (UTF-16 units) are diffed by character. */
const CHARACTER_DIFF_LIMIT = 64;
/** How far (UTF-16 units) the trimmed common prefix or suffix backs off to a word boundary. */
const BOUNDARY_BACKOFF = 256;
const MAX_UNITS = 65_536;

const DELETE = -1;
const INSERT = 1;
const EQUAL = 0;

type Op = [number, string];

/** Unit boundaries: unit i of `text` is [bounds[i], bounds[i + 1]). */
interface Units {
  text: string;
  bounds: Int32Array;
}

const SENTENCE_END = /[.!?]+ ?/g;

/** Sentences of folded text: a run ending in . ! or ? (several in a row), with one space after. */
function sentenceUnits(text: string): Units {
  const bounds: number[] = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) bounds.push(SENTENCE_END.lastIndex);
  if (bounds[bounds.length - 1] !== text.length) bounds.push(text.length);
  return { text, bounds: Int32Array.from(bounds) };
}

const WORD = /[\p{L}\p{N}\p{M}_]+| |[^\p{L}\p{N}\p{M}_ ]/gu;

function wordUnits(text: string): Units {
  const bounds: number[] = [0];
  for (const m of text.matchAll(WORD)) bounds.push((m.index ?? 0) + m[0].length);
  if (bounds[bounds.length - 1] !== text.length) bounds.push(text.length);
  return { text, bounds: Int32Array.from(bounds) };
}

function unitCount(u: Units): number {
  return u.bounds.length - 1;
}

function sameUnit(a: Units, i: number, b: Units, j: number): boolean {
  const s = a.bounds[i] as number;
  const length = (a.bounds[i + 1] as number) - s;
  const t = b.bounds[j] as number;
  if ((b.bounds[j + 1] as number) - t !== length) return false;
  return a.text.startsWith(b.text.slice(t, t + length), s);
}

function unitHash(u: Units, i: number): number {
  // FNV-1a over the unit's length and at most 16 code units at each end: enough to keep chains
  // short, and linear in the number of units rather than in the text's length. Units that
  // share a hash are told apart by comparing them (sameUnit).
  const start = u.bounds[i] as number;
  const end = u.bounds[i + 1] as number;
  let h = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193);
  for (let k = start, stop = Math.min(end, start + 16); k < stop; k++)
    h = Math.imul(h ^ u.text.charCodeAt(k), 0x01000193);
  for (let k = Math.max(start + 16, end - 16); k < end; k++) h = Math.imul(h ^ u.text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** Each distinct unit of `a` and `b` as one UTF-16 code unit, or null when there are too many. */
function encode(a: Units, b: Units): { ea: string; eb: string; count: number } | null {
  // Distinct units are chained per hash: heads maps a hash to the first, next[] links the rest.
  const heads = new Map<number, number>();
  const next: number[] = [];
  const owner: Units[] = [];
  const at: number[] = [];
  const run = (u: Units): string | null => {
    const n = unitCount(u);
    const out = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const h = unitHash(u, i);
      const head = heads.get(h);
      let code = head ?? -1;
      while (code !== -1 && !sameUnit(u, i, owner[code] as Units, at[code] as number)) code = next[code] as number;
      if (code === -1) {
        if (owner.length === MAX_UNITS) return null;
        code = owner.length;
        owner.push(u);
        at.push(i);
        next.push(head ?? -1);
        heads.set(h, code);
      }
      out[i] = code;
    }
    let s = "";
    for (let i = 0; i < n; i += 8192) {
      s += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
    }
    return s;
  };
  const ea = run(a);
  const eb = ea === null ? null : run(b);
  return ea === null || eb === null ? null : { ea, eb, count: owner.length };
}

/** Unit-level ops back to text-level ops, slicing the texts at unit boundaries. */
function decode(ops: Op[], a: Units, b: Units): Op[] {
  let i = 0;
  let j = 0;
  return ops.map(([op, s]) => {
    const k = s.length;
    if (op === INSERT) {
      const text = b.text.slice(b.bounds[j], b.bounds[j + k]);
      j += k;
      return [op, text];
    }
    const text = a.text.slice(a.bounds[i], a.bounds[i + k]);
    i += k;
    if (op === EQUAL) j += k;
    return [op, text];
  });
}

/** Appends `op`, merging it into the last op when they are of the same kind. */
function pushOp(ops: Op[], op: Op): void {
  if (op[1].length === 0) return;
  const last = ops[ops.length - 1];
  if (last && last[0] === op[0]) last[1] += op[1];
  else ops.push([op[0], op[1]]);
}

function replacement(a: string, b: string): Op[] {
  const ops: Op[] = [];
  pushOp(ops, [DELETE, a]);
  pushOp(ops, [INSERT, b]);
  return ops;
}

/** Calls `refine` on each run of deletions and insertions of `ops`, keeping equalities. */
function refineReplacements(ops: Op[], refine: (a: string, b: string) => Op[]): Op[] {
  const out: Op[] = [];
  let del = "";
  let ins = "";
  const flush = (): void => {
    for (const op of del && ins ? refine(del, ins) : replacement(del, ins)) pushOp(out, op);
    del = "";
    ins = "";
  };
  for (const [op, s] of ops) {
    if (op === DELETE) del += s;
    else if (op === INSERT) ins += s;
    else {
      flush();
      pushOp(out, [EQUAL, s]);
    }
  }
  flush();
  return out;
}

/**
 * Indices into `pairs` (ascending in their first coordinate) of a longest run ascending in the
 * second too: the longest increasing subsequence, O(n log n).
 */
function longestIncreasing(pairs: readonly (readonly [number, number])[]): number[] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const y = (pairs[k] as readonly [number, number])[1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((pairs[tails[mid] as number] as readonly [number, number])[1] < y) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1] as number;
    tails[lo] = k;
  }
  const run: number[] = [];
  for (let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; k !== -1; k = previous[k] as number)
    run.push(k);
  return run.reverse();
}

/**
 * Whether two runs of word units share enough words (at least a third of the shorter run's, as
 * a multiset; spaces do not count) for a word diff to find anything but scattered common words,
 * which semantic cleanup would fold back into one replacement anyway. Myers' search costs the
 * most exactly when they share little.
 */
function isWorthDiffing(ua: Units, ub: Units, ea: string, eb: string, count: number): boolean {
  const isSpace = (u: Units, i: number): boolean => u.text.charCodeAt(u.bounds[i] as number) === 0x20;
  const counts = new Int32Array(count);
  let wordsA = 0;
  for (let i = 0; i < ea.length; i++) {
    if (isSpace(ua, i)) continue;
    counts[ea.charCodeAt(i)]!++;
    wordsA++;
  }
  let wordsB = 0;
  let shared = 0;
  for (let j = 0; j < eb.length; j++) {
    if (isSpace(ub, j)) continue;
    wordsB++;
    const c = eb.charCodeAt(j);
    if (counts[c]! > 0) {
      counts[c]!--;
      shared++;
    }
  }
  return 3 * shared >= Math.min(wordsA, wordsB);
}

class LeveledDiff {
  private readonly dmp = new DiffMatchPatch();
  private work: number;

  constructor(work: number) {
    this.work = work;
  }

  /** Myers' diff of unit strings within what is left of the work budget, else one replacement. */
  private myers(a: string, b: string): Op[] {
    const size = a.length + b.length + 1;
    const maxEdits = Math.min(MAX_EDITS_PER_DIFF, Math.floor(this.work / size));
    const result = boundedMyers(a, b, maxEdits);
    this.work -= size * ((result?.edits ?? maxEdits) + 1);
    return result?.ops ?? replacement(a, b);
  }

  /**
   * Diff of two strings of unit codes, split first at the units that occur exactly once in each
   * and in the same order (as patience diff does): the Myers search then runs only in the gaps
   * between them, which keeps it near-linear on a long document with edits all over it.
   */
  private anchoredDiff(ea: string, eb: string, count: number): Op[] {
    const countA = new Int32Array(count);
    const countB = new Int32Array(count);
    const atB = new Int32Array(count);
    for (let i = 0; i < ea.length; i++) countA[ea.charCodeAt(i)]!++;
    for (let j = 0; j < eb.length; j++) {
      const c = eb.charCodeAt(j);
      countB[c]!++;
      atB[c] = j;
    }
    const pairs: [number, number][] = [];
    for (let i = 0; i < ea.length; i++) {
      const c = ea.charCodeAt(i);
      if (countA[c] === 1 && countB[c] === 1) pairs.push([i, atB[c] as number]);
    }
    const ops: Op[] = [];
    let i0 = 0;
    let j0 = 0;
    for (const k of longestIncreasing(pairs)) {
      const [i, j] = pairs[k] as [number, number];
      if (i > i0 || j > j0) for (const op of this.myers(ea.slice(i0, i), eb.slice(j0, j))) pushOp(ops, op);
      pushOp(ops, [EQUAL, ea.charAt(i)]);
      i0 = i + 1;
      j0 = j + 1;
    }
    for (const op of this.myers(ea.slice(i0), eb.slice(j0))) pushOp(ops, op);
    return ops;
  }

  sentences(a: string, b: string): Op[] {
    const ua = sentenceUnits(a);
    const ub = sentenceUnits(b);
    const encoded = encode(ua, ub);
    if (encoded === null) return replacement(a, b);
    const ops = decode(this.anchoredDiff(encoded.ea, encoded.eb, encoded.count), ua, ub);
    return refineReplacements(ops, (x, y) => this.words(x, y));
  }

  private words(a: string, b: string): Op[] {
    // A run of replaced "sentences" this long has no sentence structure (one letter repeated):
    // a word diff of it would only find what a bigger budget could not.
    if (a.length > WORD_DIFF_LIMIT || b.length > WORD_DIFF_LIMIT) return replacement(a, b);
    const ua = wordUnits(a);
    const ub = wordUnits(b);
    const encoded = encode(ua, ub);
    if (encoded === null || !isWorthDiffing(ua, ub, encoded.ea, encoded.eb, encoded.count)) return replacement(a, b);
    const ops = this.myers(encoded.ea, encoded.eb);
    this.dmp.diff_cleanupSemantic(ops);
    return refineReplacements(decode(ops, ua, ub), (x, y) => this.characters(x, y));
  }

  private characters(a: string, b: string): Op[] {
    if (a.length > CHARACTER_DIFF_LIMIT || b.length > CHARACTER_DIFF_LIMIT) return replacement(a, b);
    // Short strings: diff-match-patch's own diff (no deadline needed at this size).
    const ops = this.dmp.diff_main(a, b, false) as Op[];
    this.dmp.diff_cleanupSemantic(ops);
    return ops;
  }

  /** Slides single edits onto word boundaries (diff-match-patch's lossless semantic cleanup). */
  cleanup(ops: Op[]): void {
    this.dmp.diff_cleanupSemanticLossless(ops);
  }
}

/** Moves `p`, the length of a common prefix of `a`, back to just after a space, if one is near. */
function prefixToBoundary(a: string, p: number): number {
  if (p === a.length) return p;
  for (let i = p; i > 0 && i >= p - BOUNDARY_BACKOFF; i--) {
    if (isWhitespaceCode(a.charCodeAt(i - 1))) return i;
  }
  return p;
}

/** Moves `q`, the length of a common suffix of `a`, forward so that it starts at a space. */
function suffixToBoundary(a: string, q: number): number {
  if (q === a.length) return q;
  for (let i = q; i > 0 && i >= q - BOUNDARY_BACKOFF; i--) {
    if (isWhitespaceCode(a.charCodeAt(a.length - i))) return i;
  }
  return q;
}

export interface DiffTextsOptions {
  /** Overrides DIFF_WORK. */
  work?: number;
}

/**
 * The diff of `oldText` and `newText` as a PositionMap (offsets in UTF-16 code units of the
 * original texts). Deterministic: the same two texts always give the same map.
 */
export function diffTexts(oldText: string, newText: string, options: DiffTextsOptions = {}): PositionMap {
  const oldFolded = foldText(oldText);
  const newFolded = foldText(newText);
  const a = oldFolded.text;
  const b = newFolded.text;
  const segments: [number, number, boolean][] = [];
  if (a === b) {
    segments.push([a.length, b.length, true]);
    return new PositionMap(segments, oldFolded, newFolded);
  }
  const differ = new LeveledDiff(options.work ?? DIFF_WORK);
  const dmp = new DiffMatchPatch();
  const prefix = prefixToBoundary(a, dmp.diff_commonPrefix(a, b));
  const aRest = a.slice(prefix);
  const bRest = b.slice(prefix);
  const suffix = suffixToBoundary(aRest, dmp.diff_commonSuffix(aRest, bRest));

  const ops: Op[] = [];
  pushOp(ops, [EQUAL, a.slice(0, prefix)]);
  const middle = differ.sentences(aRest.slice(0, aRest.length - suffix), bRest.slice(0, bRest.length - suffix));
  for (const op of middle) pushOp(ops, op);
  pushOp(ops, [EQUAL, aRest.slice(aRest.length - suffix)]);
  differ.cleanup(ops);

  for (const [op, s] of ops) {
    if (op === EQUAL) segments.push([s.length, s.length, true]);
    else if (op === DELETE) segments.push([s.length, 0, false]);
    else segments.push([0, s.length, false]);
  }
  return new PositionMap(segments, oldFolded, newFolded);
}
