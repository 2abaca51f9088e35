import { describe, expect, it } from "vitest";
import { averagePrecision, precisionAt, randomBaseline, rankByScore, rankingFigures } from "./ranking-metrics";

const r = (pattern: string) => Array.from(pattern, (c) => ({ isRelevant: c === "1" }));

describe("average precision and precision at k", () => {
  it("average precision is the mean precision at each relevant item", () => {
    // Relevant at ranks 1, 3 and 6: (1/1 + 2/3 + 3/6) / 3.
    expect(averagePrecision(r("101001"))).toBeCloseTo((1 + 2 / 3 + 0.5) / 3, 10);
    expect(averagePrecision(r("111000"))).toBe(1);
    expect(averagePrecision(r("000"))).toBeNull();
  });

  it("precision at 10 divides by 10, also for a shorter list", () => {
    expect(precisionAt(r("1101100000111"), 10)).toBe(0.4);
    expect(precisionAt(r("11"), 10)).toBe(0.2);
  });

  it("MAP and P@10 average over the groups that have a relevant item", () => {
    const figures = rankingFigures([r("10"), r("01"), r("00")]);
    expect(figures.meanAveragePrecision).toBeCloseTo(0.75, 10);
    expect(figures.precisionAt10).toBeCloseTo(0.1, 10);
    expect(figures).toMatchObject({ groups: 2, items: 6, relevant: 2 });
  });
});

describe("ranking and the random baseline", () => {
  it("ranks by score, best first, and breaks ties by a seeded order, not the input's", () => {
    const items = [
      { id: "a", score: 0, isRelevant: false },
      { id: "b", score: 2, isRelevant: true },
      { id: "c", score: 0, isRelevant: true },
      { id: "d", score: 1, isRelevant: false },
    ];
    const ranked = rankByScore(items).map((i) => i.id);
    expect(ranked.slice(0, 2)).toEqual(["b", "d"]);
    expect(rankByScore(items).map((i) => i.id)).toEqual(ranked);
  });

  it("the random baseline is deterministic and near the share of relevant items", () => {
    const group = Array.from({ length: 200 }, (_, i) => ({ score: 0, isRelevant: i % 4 === 0 }));
    const a = randomBaseline([group]);
    expect(randomBaseline([group])).toEqual(a);
    expect(a.precisionAt10).toBeGreaterThan(0.15);
    expect(a.precisionAt10).toBeLessThan(0.35);
    expect(a.meanAveragePrecision).toBeGreaterThan(0.2);
    expect(a.meanAveragePrecision).toBeLessThan(0.35);
  });
});
