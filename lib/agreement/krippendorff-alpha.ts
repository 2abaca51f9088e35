/**
 * Krippendorff's alpha by the coincidence-matrix method of "Computing Krippendorff's
 * Alpha-Reliability" (Krippendorff, 2011). A unit with m ≥ 2 values adds each ordered pair of
 * its values, from different coders, to the coincidence matrix with weight 1/(m − 1); with n_c
 * the matrix's marginals and n their sum,
 *
 *   alpha = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 *
 * Units with fewer than two values carry no pairs and are left out, so missing values need no
 * imputation. Alpha is undefined where that fraction is 0/0, and then it is null with a reason,
 * never NaN; a caller shows the reason instead of a number.
 */

export type AlphaLevel = "nominal" | "ordinal" | "interval";

export type AlphaUndefinedReason = "no-data" | "one-reviewer" | "no-overlap" | "no-variation";

/** Why alpha has no value, in words for the page. */
export const alphaUndefinedReasons: Record<AlphaUndefinedReason, string> = {
  "no-data": "There are no verdicts to compare.",
  "one-reviewer": "Only one reviewer has given verdicts.",
  "no-overlap": "No claim has verdicts from two reviewers.",
  "no-variation": "Every verdict that can be compared has the same rating, so agreement cannot be told from chance.",
};

type AlphaCounts = {
  /** Units with two or more values: the ones alpha is computed over. */
  unitsCounted: number;
  /** Units with fewer than two values. */
  unitsLeftOut: number;
  /** n: the number of values in the counted units. */
  pairableValues: number;
};

export type AlphaResult = AlphaCounts &
  ({ alpha: number; reason: null } | { alpha: null; reason: AlphaUndefinedReason });

/**
 * Alpha of reliability data given as units, each the values its coders gave (one value per
 * coder, missing values left out). Nominal compares values by identity; ordinal and interval
 * need numbers. Ordinal uses Krippendorff's rank metric, δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²,
 * so only the order of the numbers matters.
 *
 * Null with reason `no-data` when there are no values, `no-overlap` when no unit has two, and
 * `no-variation` when the pairable values are all one value (perfect agreement that chance
 * alone would produce; alpha is 0/0). This function never answers `one-reviewer`: it does not
 * know the coders.
 */
export function krippendorffAlpha(units: ReadonlyArray<ReadonlyArray<string | number>>, level: "nominal"): AlphaResult;
export function krippendorffAlpha(
  units: ReadonlyArray<ReadonlyArray<number>>,
  level: "ordinal" | "interval",
): AlphaResult;
export function krippendorffAlpha(
  units: ReadonlyArray<ReadonlyArray<string | number>>,
  level: AlphaLevel,
): AlphaResult {
  const pairable = units.filter((u) => u.length >= 2);
  const counts: AlphaCounts = {
    unitsCounted: pairable.length,
    unitsLeftOut: units.length - pairable.length,
    pairableValues: pairable.reduce((sum, u) => sum + u.length, 0),
  };
  if (pairable.length === 0) {
    const reason = units.some((u) => u.length > 0) ? "no-overlap" : "no-data";
    return { ...counts, alpha: null, reason };
  }

  const values = [...new Set(pairable.flat())];
  if (values.length < 2) return { ...counts, alpha: null, reason: "no-variation" };
  if (level !== "nominal") (values as number[]).sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const v = values.length;

  // o[c][k]: a unit whose values hold c f_c times and k f_k times has f_c·f_k ordered c–k
  // pairs (f_c·(f_c − 1) when c = k), each weighted 1/(m − 1).
  const o = Array.from({ length: v }, () => new Float64Array(v));
  for (const unit of pairable) {
    const freq = new Map<number, number>();
    for (const value of unit) {
      const i = index.get(value)!;
      freq.set(i, (freq.get(i) ?? 0) + 1);
    }
    const weight = 1 / (unit.length - 1);
    for (const [c, fc] of freq) {
      for (const [k, fk] of freq) {
        o[c]![k]! += (c === k ? fc * (fc - 1) : fc * fk) * weight;
      }
    }
  }
  const n_ = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = n_.reduce((a, b) => a + b, 0);

  const delta2 = distanceFunction(level, values, n_);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) {
      const d = delta2(c, k);
      observed += o[c]![k]! * d;
      expected += n_[c]! * n_[k]! * d;
    }
  }
  return { ...counts, alpha: 1 - ((n - 1) * observed) / expected, reason: null };
}

/** δ²(c, k) over value indices; `values` is sorted ascending for ordinal and interval. */
function distanceFunction(
  level: AlphaLevel,
  values: ReadonlyArray<string | number>,
  marginals: ReadonlyArray<number>,
): (c: number, k: number) => number {
  if (level === "nominal") return (c, k) => (c === k ? 0 : 1);
  if (level === "interval") {
    const numbers = values as ReadonlyArray<number>;
    return (c, k) => (numbers[c]! - numbers[k]!) ** 2;
  }
  // cumulative[i] = n_0 + … + n_(i−1), so Σ_{g=c..k} n_g = cumulative[k + 1] − cumulative[c].
  const cumulative = [0];
  for (const m of marginals) cumulative.push(cumulative[cumulative.length - 1]! + m);
  return (c, k) => {
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    const between = cumulative[hi + 1]! - cumulative[lo]!;
    return (between - (marginals[c]! + marginals[k]!) / 2) ** 2;
  };
}
