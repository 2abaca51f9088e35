import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "./krippendorff-alpha";

/** Reliability data as a coders × units table (null: missing) turned into units of values. */
function unitsOf<T extends string | number>(table: (T | null)[][]): T[][] {
  const width = table[0]?.length ?? 0;
  return Array.from({ length: width }, (_, u) => table.map((row) => row[u] ?? null).filter((v): v is T => v !== null));
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
// twelve units, values 1–5 with missing data. Unit 12 has a single value and is left out.
const krippendorff2011 = unitsOf([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
]);

describe("krippendorffAlpha", () => {
  it("reproduces Krippendorff's published example at the nominal, ordinal and interval levels", () => {
    const nominal = krippendorffAlpha(krippendorff2011, "nominal");
    expect(nominal.alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(krippendorff2011, "ordinal").alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(krippendorff2011, "interval").alpha).toBeCloseTo(0.849, 3);
    expect(nominal).toMatchObject({ unitsCounted: 11, unitsLeftOut: 1, pairableValues: 40, reason: null });
  });

  it("reproduces the published two-coder binary example (alpha = 0.095)", () => {
    const units = unitsOf([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    expect(krippendorffAlpha(units, "nominal").alpha).toBeCloseTo(0.095, 3);
  });

  it("reads ordinal data by rank only, so a monotone relabelling leaves alpha unchanged", () => {
    const stretch = [0, 1, 10, 11, 50, 100];
    const relabelled = krippendorff2011.map((unit) => unit.map((v) => stretch[v]!));
    expect(krippendorffAlpha(relabelled, "ordinal").alpha).toBeCloseTo(
      krippendorffAlpha(krippendorff2011, "ordinal").alpha!,
      12,
    );
    expect(krippendorffAlpha(relabelled, "interval").alpha).not.toBeCloseTo(0.849, 2);
  });

  it("is 1 for perfect agreement with variation, and may fall below 0", () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [2, 2, 2],
          [5, 5],
        ],
        "ordinal",
      ).alpha,
    ).toBeCloseTo(1, 12);
    expect(
      krippendorffAlpha(
        [
          ["a", "b"],
          ["b", "a"],
        ],
        "nominal",
      ).alpha,
    ).toBeLessThan(0);
  });

  it("is null with a reason, not NaN, when there is no variation, no overlap or no data", () => {
    expect(krippendorffAlpha([[3, 3], [3, 3, 3], [4]], "ordinal")).toEqual({
      alpha: null,
      reason: "no-variation",
      unitsCounted: 2,
      unitsLeftOut: 1,
      pairableValues: 5,
    });
    expect(krippendorffAlpha([[1], [2], []], "nominal")).toMatchObject({
      alpha: null,
      reason: "no-overlap",
      unitsCounted: 0,
      unitsLeftOut: 3,
    });
    expect(krippendorffAlpha([[], []], "nominal")).toMatchObject({ alpha: null, reason: "no-data", unitsLeftOut: 2 });
    expect(krippendorffAlpha([], "interval")).toMatchObject({ alpha: null, reason: "no-data", unitsCounted: 0 });
  });
});
