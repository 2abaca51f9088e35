import { describe, expect, it } from "vitest";
import { defaultRatingScale } from "../ratings";
import { computeAgreement, pairwiseAgreement, type ReviewerRating } from "./compute-agreement";

const scale = defaultRatingScale;
const byNumber: Record<number, string> = { 1: "false", 2: "mostly-false", 3: "mixed", 4: "mostly-true", 5: "true" };

/** Krippendorff's 2011 example as claims rated by four reviewers on the default scale. */
const published: ReviewerRating[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
].reduce<ReviewerRating[][]>((units, row, coder) => {
  row.forEach((value, u) => {
    units[u] ??= [];
    if (value !== null) units[u].push({ reviewerId: `r${coder + 1}`, rating: byNumber[value]! });
  });
  return units;
}, []);

describe("computeAgreement", () => {
  it("gives Krippendorff's published alphas for verdicts on the default scale", () => {
    const { ordinal, nominal } = computeAgreement(published, scale);
    expect(ordinal.alpha).toBeCloseTo(0.815, 3);
    expect(nominal.alpha).toBeCloseTo(0.743, 3);
    expect(ordinal).toMatchObject({ unitsCounted: 11, unitsLeftOut: 1 });
  });

  it("leaves ratings without a number out of the ordinal level but not the nominal one", () => {
    const units: ReviewerRating[][] = [
      [
        { reviewerId: "ana", rating: "true" },
        { reviewerId: "ben", rating: "mostly-true" },
      ],
      [
        { reviewerId: "ana", rating: "unproven" },
        { reviewerId: "ben", rating: "misleading" },
      ],
      [
        { reviewerId: "ana", rating: "false" },
        { reviewerId: "ben", rating: "false" },
      ],
    ];
    const { ordinal, nominal } = computeAgreement(units, scale);
    expect(ordinal).toMatchObject({ unitsCounted: 2, unitsLeftOut: 1, pairableValues: 4 });
    expect(nominal).toMatchObject({ unitsCounted: 3, unitsLeftOut: 0, pairableValues: 6 });
    expect(ordinal.alpha).toBeGreaterThan(nominal.alpha!);
  });

  it("ignores ratings off the scale and counts a reviewer once per claim, with the later rating", () => {
    const units: ReviewerRating[][] = [
      [
        { reviewerId: "ana", rating: "false" },
        { reviewerId: "ana", rating: "true" },
        { reviewerId: "ben", rating: "true" },
        { reviewerId: "cy", rating: "pants-on-fire" },
      ],
      [
        { reviewerId: "ana", rating: "false" },
        { reviewerId: "ben", rating: "false" },
      ],
    ];
    const { nominal, pairs } = computeAgreement(units, scale);
    expect(nominal).toMatchObject({ alpha: 1, pairableValues: 4 });
    expect(pairs.map((p) => p.reviewerIds)).toEqual([["ana", "ben"]]);
  });

  it("says why alpha is undefined: no verdicts, one reviewer, no overlap, no variation", () => {
    expect(computeAgreement([], scale).nominal).toMatchObject({ alpha: null, reason: "no-data" });
    expect(computeAgreement([[], []], scale).ordinal).toMatchObject({
      alpha: null,
      reason: "no-data",
      unitsLeftOut: 2,
    });
    const alone = [[{ reviewerId: "ana", rating: "true" }], [{ reviewerId: "ana", rating: "false" }]];
    expect(computeAgreement(alone, scale).nominal).toMatchObject({ alpha: null, reason: "one-reviewer" });
    const apart = [[{ reviewerId: "ana", rating: "true" }], [{ reviewerId: "ben", rating: "false" }]];
    expect(computeAgreement(apart, scale).nominal).toMatchObject({ alpha: null, reason: "no-overlap" });
    const same = [
      [
        { reviewerId: "ana", rating: "mixed" },
        { reviewerId: "ben", rating: "mixed" },
      ],
      [
        { reviewerId: "ana", rating: "mixed" },
        { reviewerId: "cy", rating: "mixed" },
      ],
    ];
    const { ordinal, nominal } = computeAgreement(same, scale);
    expect(ordinal).toMatchObject({ alpha: null, reason: "no-variation", unitsCounted: 2 });
    expect(nominal.reason).toBe("no-variation");
  });

  it("reports one reviewer on the ordinal level when the other only gave ratings without a number", () => {
    const units = [
      [
        { reviewerId: "ana", rating: "true" },
        { reviewerId: "ben", rating: "unproven" },
      ],
    ];
    const { ordinal, nominal } = computeAgreement(units, scale);
    expect(ordinal).toMatchObject({ alpha: null, reason: "one-reviewer", unitsLeftOut: 1 });
    expect(nominal).toMatchObject({ reason: null, unitsCounted: 1 });
  });
});

describe("pairwiseAgreement", () => {
  it("gives each two reviewers their share of agreement and Cohen's kappa over the claims both rated", () => {
    // Ana and Ben rate four claims in common (agreeing on three), Cy only one of them.
    const units: ReviewerRating[][] = [
      [
        { reviewerId: "ben", rating: "true" },
        { reviewerId: "ana", rating: "true" },
        { reviewerId: "cy", rating: "false" },
      ],
      [
        { reviewerId: "ana", rating: "true" },
        { reviewerId: "ben", rating: "true" },
      ],
      [
        { reviewerId: "ana", rating: "false" },
        { reviewerId: "ben", rating: "false" },
      ],
      [
        { reviewerId: "ana", rating: "false" },
        { reviewerId: "ben", rating: "true" },
      ],
    ];
    const pairs = pairwiseAgreement(units, scale);
    expect(pairs.map((p) => p.reviewerIds)).toEqual([
      ["ana", "ben"],
      ["ana", "cy"],
      ["ben", "cy"],
    ]);
    // p_o = 3/4; Ana 2 true 2 false, Ben 3 true 1 false: p_e = (2·3 + 2·1)/16 = 1/2; κ = 1/2.
    expect(pairs[0]).toMatchObject({ claimsBothRated: 4, claimsAgreed: 3, shareAgreed: 0.75 });
    expect(pairs[0]!.kappa).toBeCloseTo(0.5, 12);
    expect(pairs[1]).toMatchObject({ claimsBothRated: 1, claimsAgreed: 0, shareAgreed: 0, kappa: 0 });
    expect(computeAgreement(units, scale).pairs).toEqual(pairs);
  });

  it("has no share or kappa for reviewers without a claim in common, and no kappa without variation", () => {
    const units: ReviewerRating[][] = [
      [
        { reviewerId: "ana", rating: "mixed" },
        { reviewerId: "ben", rating: "mixed" },
      ],
      [{ reviewerId: "cy", rating: "true" }],
    ];
    const [anaBen, anaCy] = pairwiseAgreement(units, scale);
    expect(anaBen).toMatchObject({ claimsBothRated: 1, shareAgreed: 1, kappa: null });
    expect(anaCy).toMatchObject({ claimsBothRated: 0, claimsAgreed: 0, shareAgreed: null, kappa: null });
  });
});
