/**
 * The one score every re-anchoring candidate is judged by — the span the diff carried the claim
 * to, each exact occurrence of its quote, each approximate match — and the thresholds around it.
 * docs/ANCHORING.md gives the reasoning with worked cases.
 *
 *   score = 0.40 · quote + 0.15 · prefix + 0.15 · suffix + 0.30 · position
 *
 * - quote: 1 − errors / quote length (Levenshtein distance in UTF-16 units), in [0.8, 1] for any
 *   candidate that may be accepted (MAX_QUOTE_ERROR_RATE).
 * - prefix, suffix: similarity of the stored context with the text next to the candidate
 *   (context-similarity.ts), in [0, 1]; 0 when the claim has none on that side.
 * - position: 1 / (1 + d / POSITION_SCALE), d being the distance in UTF-16 units between the
 *   candidate's start and the start of the span the diff carried the claim to; 0 when the claim
 *   had no position (it was orphaned before).
 *
 * The quote weighs most, but among acceptable candidates it spreads only 0.08 (0.4 × 0.2): enough
 * to prefer unchanged words when nothing else differs, never enough to override context or
 * position. Position weighs 0.30 where Hypothesis gives it 2 of 92, because it is not the OLD
 * offset (which any edit above the claim invalidates) but the offset the diff carried, which says
 * "these are the claim's own characters": a copy of the quote elsewhere in new text, even with
 * perfect context (0.70 + 0.30 · position), comes within AMBIGUITY_MARGIN of the carried span
 * with intact context (1.0) only when it is less than 13 units from it. When the claim's words
 * were deleted or moved, every candidate is far from the carried position and context decides:
 * both sides agreeing (0.30) count as much as standing exactly where the diff put the claim.
 * Prefix and suffix weigh the same: either may be edited.
 */

export const SCORE_WEIGHTS = { quote: 0.4, prefix: 0.15, suffix: 0.15, position: 0.3 } as const;

/**
 * Distance (UTF-16 units) at which the position term halves: about a line of text. A candidate
 * touching the carried span keeps most of the weight, one a sentence away (100+ units) under 40%.
 */
export const POSITION_SCALE = 64;

/** A fuzzy match may differ from the quote by at most this share of its length (DESIGN.md). */
export const MAX_QUOTE_ERROR_RATE = 0.2;

/**
 * A stored prefix or suffix "agrees" with a candidate when its similarity is at least this: at
 * most a quarter of it edited. A candidate away from the carried position is accepted only if one
 * side agrees (DESIGN.md): a repeated phrase elsewhere rarely shares 24 of 32 characters on
 * either side, while an edit touching the claim on one side leaves the other intact.
 */
export const CONTEXT_AGREEMENT = 0.75;

/**
 * Two acceptable candidates whose scores are closer than this are ambiguous: the claim becomes
 * "fuzzy" with both offered to a person. 0.05 is a third of one side's context weight (about ten
 * of its 32 characters) and a third of what standing one POSITION_SCALE from the carried span
 * costs: smaller differences come from an edit next to one candidate, not from evidence that it
 * is the claim's, while a candidate whose context really agrees, or that really stands where the
 * diff put the claim, is ahead by more.
 */
export const AMBIGUITY_MARGIN = 0.05;

/**
 * A quote at least this long (code points) occurring exactly once in the old text and exactly
 * once, unchanged, in the new text is taken whatever happened around it. 40 code points are
 * longer than the stored context on either side (32) and about six to eight words: prose repeats
 * phrases that long only deliberately (boilerplate), and then the old text shows a second
 * occurrence. Shorter quotes ("in the context of the Ukraine war", 33) recur by chance.
 */
export const LONG_UNIQUE_QUOTE = 40;

export interface CandidateEvidence {
  /** 1 − errors / quote length. */
  quoteSimilarity: number;
  prefixSimilarity: number;
  suffixSimilarity: number;
  /** UTF-16 units from the carried position, or null when the claim had none. */
  distance: number | null;
}

/** The position term: 1 at the carried position, 1/2 at POSITION_SCALE, 0 with no position. */
export function proximity(distance: number | null): number {
  return distance === null ? 0 : 1 / (1 + distance / POSITION_SCALE);
}

/** The score in [0, 1] (see the module comment). */
export function candidateScore(e: CandidateEvidence): number {
  return (
    SCORE_WEIGHTS.quote * e.quoteSimilarity +
    SCORE_WEIGHTS.prefix * e.prefixSimilarity +
    SCORE_WEIGHTS.suffix * e.suffixSimilarity +
    SCORE_WEIGHTS.position * proximity(e.distance)
  );
}

/** The best score a candidate could reach with this evidence at most (for pruning searches). */
export function bestPossibleScore(quoteSimilarity: number, distance: number | null): number {
  return (
    SCORE_WEIGHTS.quote * quoteSimilarity +
    SCORE_WEIGHTS.prefix +
    SCORE_WEIGHTS.suffix +
    SCORE_WEIGHTS.position * proximity(distance)
  );
}
