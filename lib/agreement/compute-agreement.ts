import type { Rating } from "../ratings";
import { krippendorffAlpha, type AlphaResult } from "./krippendorff-alpha";

/** One reviewer's current verdict on a claim, reduced to what agreement needs. */
export type ReviewerRating = { reviewerId: string; rating: string };

/** What agreement needs of a rating scale: each key and its number (null when it has none). */
export type ScaleValues = ReadonlyArray<Pick<Rating, "key" | "value">>;

export type PairwiseAgreement = {
  /** The two reviewers, in ascending id order. */
  reviewerIds: [string, string];
  /** Claims both reviewers rated. */
  claimsBothRated: number;
  /** Of those, the claims where they gave the same rating. */
  claimsAgreed: number;
  /** claimsAgreed / claimsBothRated; null when they rated no claim in common. */
  shareAgreed: number | null;
  /**
   * Cohen's kappa over rating keys (nominal); null when they rated no claim in common or both
   * gave one and the same rating to every shared claim (chance agreement is then 1: 0/0).
   */
  kappa: number | null;
};

export type Agreement = {
  /** Alpha over the verdicts whose rating has a number, with Krippendorff's ordinal metric. */
  ordinal: AlphaResult;
  /** Alpha over all verdicts, every rating its own category. */
  nominal: AlphaResult;
  /** One entry per two reviewers who gave any verdict, ordered by their ids. */
  pairs: PairwiseAgreement[];
};

/**
 * Agreement between reviewers over claims (units), each given as its current verdicts.
 *
 * A verdict whose rating is not on `scale` is ignored; a reviewer listed twice in one unit
 * counts once, with the later rating. A claim with fewer than two usable verdicts (for the
 * ordinal level: fewer than two with a number) is left out of that level's alpha and counted in
 * its `unitsLeftOut`. Alpha's null reasons are those of `krippendorffAlpha`, with `no-overlap`
 * narrowed to `one-reviewer` when a single reviewer gave every usable verdict.
 */
export function computeAgreement(units: ReadonlyArray<ReadonlyArray<ReviewerRating>>, scale: ScaleValues): Agreement {
  const rated = currentRatings(units, scale);
  const numbers = new Map(scale.map((r) => [r.key, r.value]));

  const nominalUnits = rated.map((unit) => [...unit.values()]);
  const ordinalUnits = rated.map((unit) =>
    [...unit.values()].map((key) => numbers.get(key)).filter((v): v is number => v != null),
  );
  const nominalReviewers = new Set(rated.flatMap((unit) => [...unit.keys()]));
  const ordinalReviewers = new Set(
    rated.flatMap((unit) => [...unit].filter(([, key]) => numbers.get(key) != null).map(([id]) => id)),
  );

  return {
    ordinal: narrowReason(krippendorffAlpha(ordinalUnits, "ordinal"), ordinalReviewers.size),
    nominal: narrowReason(krippendorffAlpha(nominalUnits, "nominal"), nominalReviewers.size),
    pairs: pairsOf(rated, [...nominalReviewers].sort(byCodeUnits)),
  };
}

/**
 * Agreement between each two reviewers: the share of the claims both rated where they gave the
 * same rating, and Cohen's kappa. Verdicts are read as in `computeAgreement`.
 */
export function pairwiseAgreement(
  units: ReadonlyArray<ReadonlyArray<ReviewerRating>>,
  scale: ScaleValues,
): PairwiseAgreement[] {
  const rated = currentRatings(units, scale);
  const reviewers = new Set(rated.flatMap((unit) => [...unit.keys()]));
  return pairsOf(rated, [...reviewers].sort(byCodeUnits));
}

/** Each unit as reviewerId → rating key, dropping ratings off the scale; the last verdict of a reviewer wins. */
function currentRatings(
  units: ReadonlyArray<ReadonlyArray<ReviewerRating>>,
  scale: ScaleValues,
): Map<string, string>[] {
  const keys = new Set(scale.map((r) => r.key));
  return units.map((unit) => {
    const byReviewer = new Map<string, string>();
    for (const { reviewerId, rating } of unit) {
      if (keys.has(rating)) byReviewer.set(reviewerId, rating);
    }
    return byReviewer;
  });
}

function narrowReason(result: AlphaResult, reviewers: number): AlphaResult {
  return result.reason === "no-overlap" && reviewers === 1 ? { ...result, reason: "one-reviewer" } : result;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pairsOf(rated: ReadonlyArray<Map<string, string>>, reviewers: string[]): PairwiseAgreement[] {
  const pairs: PairwiseAgreement[] = [];
  for (let i = 0; i < reviewers.length; i++) {
    for (let j = i + 1; j < reviewers.length; j++) {
      pairs.push(agreementOfPair(rated, reviewers[i]!, reviewers[j]!));
    }
  }
  return pairs;
}

function agreementOfPair(rated: ReadonlyArray<Map<string, string>>, a: string, b: string): PairwiseAgreement {
  let both = 0;
  let agreed = 0;
  const marginalsA = new Map<string, number>();
  const marginalsB = new Map<string, number>();
  for (const unit of rated) {
    const ra = unit.get(a);
    const rb = unit.get(b);
    if (ra === undefined || rb === undefined) continue;
    both++;
    if (ra === rb) agreed++;
    marginalsA.set(ra, (marginalsA.get(ra) ?? 0) + 1);
    marginalsB.set(rb, (marginalsB.get(rb) ?? 0) + 1);
  }
  const pair = { reviewerIds: [a, b] as [string, string], claimsBothRated: both, claimsAgreed: agreed };
  if (both === 0) return { ...pair, shareAgreed: null, kappa: null };

  const shareAgreed = agreed / both;
  // Tested on the counts rather than on p_e === 1, which rounding could miss.
  const onlyRatingA = marginalsA.size === 1 ? [...marginalsA.keys()][0] : undefined;
  if (onlyRatingA !== undefined && marginalsB.size === 1 && marginalsB.has(onlyRatingA)) {
    return { ...pair, shareAgreed, kappa: null };
  }
  let chance = 0;
  for (const [rating, countA] of marginalsA) chance += (countA / both) * ((marginalsB.get(rating) ?? 0) / both);
  return { ...pair, shareAgreed, kappa: (shareAgreed - chance) / (1 - chance) };
}
