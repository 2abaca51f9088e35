/**
 * How check-worthy a sentence looks, from its reasons: a transparent sum of weights, damped for
 * length and cut down for forms that rarely carry a checkable claim. No model is trained; the
 * weights are set by hand from what fact-checkers look for, and the benchmark
 * (bench/suggestions.bench.ts) measures the ranking they give.
 *
 *   points    = Σ over the kinds found: weight × (1 + 0.25 × min(2, distinct pieces of evidence − 1))
 *   length    = 1 for up to 25 words, else √(25 / words)
 *   penalties = × 0.3 for a question, × 0.6 for a quotation standing alone (no attribution in
 *               the sentence), × 0.5 for a sentence of fewer than 6 words
 *   score     = points × length × penalties, rounded to two decimals
 *
 * Weights: a figure (2) and a hedge (2) weigh most: numbers are what fact-checkers check first,
 * and a hedge ("reportedly", "no definitive evidence") marks a claim whose sourcing is in doubt,
 * the gap this product exists to find. A comparison or superlative (1.5) and a causal link
 * (1.5) are claims of their own that can be wrong; a date, a name and an attribution (1 each)
 * make a statement checkable, but alone rarely make it a claim. Extra evidence of one kind adds
 * a quarter of its weight, twice at most, so a list of names cannot outweigh a figure.
 *
 * Length damping: a long sentence collects reasons by having more words, not by being more of
 * a claim; the square root halves the effect rather than removing it.
 */

import type { SentenceFeatures } from "./find-reasons";
import type { ReasonKind } from "./types";

export const reasonWeights: Record<ReasonKind, number> = {
  quantity: 2,
  date: 1,
  "named-entity": 1,
  attribution: 1,
  comparison: 1.5,
  causal: 1.5,
  hedge: 2,
};

export const EXTRA_EVIDENCE_BONUS = 0.25;
export const MAX_EXTRA_EVIDENCE = 2;
export const LENGTH_DAMPING_FROM = 25;
export const QUESTION_FACTOR = 0.3;
export const QUOTE_ONLY_FACTOR = 0.6;
export const SHORT_SENTENCE_WORDS = 6;
export const SHORT_SENTENCE_FACTOR = 0.5;
/** Sentences of fewer words are never suggested ("Loading…", "Read more"). */
export const MIN_WORDS = 4;
/** A suggestion scores at least this: one date or one name alone is not enough. */
export const MIN_SUGGESTION_SCORE = 1.5;

/** The score of a sentence from its features; 0 when it has no reason or too few words. */
export function scoreSentence(features: SentenceFeatures): number {
  if (features.words < MIN_WORDS || features.reasons.length === 0) return 0;
  let points = 0;
  for (const reason of features.reasons) {
    const extra = Math.min(MAX_EXTRA_EVIDENCE, reason.evidence.length - 1);
    points += reasonWeights[reason.kind] * (1 + EXTRA_EVIDENCE_BONUS * Math.max(0, extra));
  }
  let factor = features.words <= LENGTH_DAMPING_FROM ? 1 : Math.sqrt(LENGTH_DAMPING_FROM / features.words);
  if (features.isQuestion) factor *= QUESTION_FACTOR;
  if (features.isQuoteOnly) factor *= QUOTE_ONLY_FACTOR;
  if (features.words < SHORT_SENTENCE_WORDS) factor *= SHORT_SENTENCE_FACTOR;
  return Math.round(points * factor * 100) / 100;
}
