/**
 * The re-anchoring corpus: for each seed, three long texts (corpus-texts.ts), claims on them as
 * ClaimDesk stores them, and one revision per claim and kind of edit (corpus-edits.ts), each with
 * its right answer. The same seeds always give the same corpus.
 */
import { OffsetIndex } from "../../text/offsets";
import { seededRandom } from "../../text/synthetic-text";
import { quoteSelectorAt } from "../context";
import type { StoredAnchor } from "../types";
import { applyEdit, editKinds, type ClaimPlace, type EditKind } from "./corpus-edits";
import { articleDigest, licenceText, treatyText, type CorpusText } from "./corpus-texts";

export interface CorpusCase {
  /** Which text, seed and claim the case was made from (for reading a failure). */
  label: string;
  kind: EditKind;
  oldText: string;
  newText: string;
  /** The claim as stored on the old text (code points). */
  anchor: StoredAnchor;
  /** The claim's words in the new text (code points), or null when they are gone. */
  expected: { start: number; end: number } | null;
}

export interface CorpusOptions {
  seeds: readonly number[];
  /** Claims drawn per text and seed; each gets one case per kind of edit that applies to it. */
  claimsPerText: number;
  /** The demo article (fixtures/russia-iran-treaty.txt), which the digest text is built on. */
  article: string;
}

interface Range {
  start: number;
  end: number;
}

const SENTENCE = /(?:[^.!?\n]|[.!?](?!\s|$))+[.!?]+[”’"]?(?=\s|$)/g;

function sentencesOf(text: string): Range[] {
  const found: Range[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = (m.index ?? 0) + lead;
    const end = (m.index ?? 0) + m[0].length;
    if (end - start >= 20 && /\p{L}/u.test(m[0])) found.push({ start, end });
  }
  return found;
}

function paragraphAround(text: string, at: number): Range {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const next = text.indexOf("\n", at);
  return { start, end: next === -1 ? text.length : next };
}

function countOccurrences(text: string, quote: string): number {
  let n = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) n++;
  return n;
}

/** A claim inside `sentence`: the whole sentence, or a run of three or more of its words. */
function claimIn(text: string, sentence: Range, random: () => number): Range | null {
  if (random() < 0.35) return sentence;
  const words = [...text.slice(sentence.start, sentence.end).matchAll(/\S+/g)].map((m) => ({
    start: sentence.start + (m.index ?? 0),
    end: sentence.start + (m.index ?? 0) + m[0].length,
  }));
  if (words.length < 4) return sentence;
  const count = 3 + Math.floor(random() * Math.min(16, words.length - 3));
  const first = Math.floor(random() * (words.length - count + 1));
  const span = { start: (words[first] as Range).start, end: (words[first + count - 1] as Range).end };
  return span.end - span.start >= 12 ? span : null;
}

/** `count` claims on `text`, about 40% of them inside sentences that occur more than once. */
function placeClaims(text: string, count: number, random: () => number): ClaimPlace[] {
  const sentences = sentencesOf(text);
  const repeated = sentences.filter((s) => countOccurrences(text, text.slice(s.start, s.end)) > 1);
  const places: ClaimPlace[] = [];
  for (let tries = 0; places.length < count && tries < count * 20; tries++) {
    const pool = repeated.length > 0 && random() < 0.4 ? repeated : sentences;
    const sentence = pool[Math.floor(random() * pool.length)];
    if (!sentence) break;
    const span = claimIn(text, sentence, random);
    if (span === null || span.end - span.start > 220) continue;
    if (places.some((p) => p.start === span.start && p.end === span.end)) continue;
    places.push({
      ...span,
      sentence,
      paragraph: paragraphAround(text, span.start),
      occurrences: countOccurrences(text, text.slice(span.start, span.end)),
    });
  }
  return places;
}

function corpusTexts(seed: number, article: string): CorpusText[] {
  const random = seededRandom(seed);
  return [licenceText(random), treatyText(random), articleDigest(random, article)];
}

/** Every case of the corpus for these seeds, in a fixed order. */
export function buildCorpus(options: CorpusOptions): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const seed of options.seeds) {
    for (const { name, text } of corpusTexts(seed, options.article)) {
      const oldIndex = new OffsetIndex(text);
      const places = placeClaims(text, options.claimsPerText, seededRandom(seed * 7919 + name.length));
      places.forEach((place, n) => {
        const start = oldIndex.toCodePoint(place.start);
        const end = oldIndex.toCodePoint(place.end);
        const anchor: StoredAnchor = { ...quoteSelectorAt(text, start, end, oldIndex), start, end };
        editKinds.forEach((kind, k) => {
          const revision = applyEdit(kind, text, place, seededRandom(seed * 104_729 + n * 31 + k));
          if (revision === null) return;
          const newIndex = new OffsetIndex(revision.newText);
          const expected = revision.expected && {
            start: newIndex.toCodePoint(revision.expected.start),
            end: newIndex.toCodePoint(revision.expected.end),
          };
          cases.push({
            label: `${name}#${seed}/${n}`,
            kind,
            oldText: text,
            newText: revision.newText,
            anchor,
            expected,
          });
        });
      });
    }
  }
  return cases;
}
