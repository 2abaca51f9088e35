/**
 * Measures of a ranking against labels: average precision and precision at k, their means
 * over several rankings (one per document or debate), and the same for a seeded random order
 * of the same items, the baseline a ranking must beat.
 */

import { seededRandom } from "../text/synthetic-text";

export type Labelled = { score: number; isRelevant: boolean };

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The items best first. Equal scores are put in a seeded random order first, so that ties
 * (every sentence without a reason scores 0) do not inherit the order of the file, which may
 * itself follow the labels.
 */
export function rankByScore<T extends Labelled>(items: readonly T[], seed = 1): T[] {
  return shuffled(items, seededRandom(seed))
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.score - a.item.score || a.i - b.i)
    .map(({ item }) => item);
}

/** Average precision of a ranked list: the mean of the precision at each relevant item; null with none relevant. */
export function averagePrecision(ranked: readonly { isRelevant: boolean }[]): number | null {
  let hits = 0;
  let sum = 0;
  ranked.forEach((item, i) => {
    if (!item.isRelevant) return;
    hits++;
    sum += hits / (i + 1);
  });
  return hits === 0 ? null : sum / hits;
}

/** Share of relevant items among the first k (divided by k even when the list is shorter, as is usual). */
export function precisionAt(ranked: readonly { isRelevant: boolean }[], k: number): number {
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (ranked[i]!.isRelevant) hits++;
  return hits / k;
}

export type RankingFigures = {
  /** Mean over the groups that have a relevant item of their average precision. */
  meanAveragePrecision: number;
  /** Mean over the same groups of precision at 10. */
  precisionAt10: number;
  groups: number;
  items: number;
  relevant: number;
};

/** MAP and P@10 of rankings, one per group; groups with no relevant item are left out. */
export function rankingFigures(rankedGroups: readonly (readonly { isRelevant: boolean }[])[]): RankingFigures {
  let apSum = 0;
  let pSum = 0;
  let groups = 0;
  let items = 0;
  let relevant = 0;
  for (const ranked of rankedGroups) {
    items += ranked.length;
    relevant += ranked.filter((r) => r.isRelevant).length;
    const ap = averagePrecision(ranked);
    if (ap === null) continue;
    groups++;
    apSum += ap;
    pSum += precisionAt(ranked, 10);
  }
  return {
    meanAveragePrecision: groups ? apSum / groups : 0,
    precisionAt10: groups ? pSum / groups : 0,
    groups,
    items,
    relevant,
  };
}

/** The figures of a random order of each group, averaged over `runs` seeds (1 … runs). */
export function randomBaseline(groups: readonly (readonly Labelled[])[], runs = 100): RankingFigures {
  let map = 0;
  let p10 = 0;
  let last: RankingFigures | null = null;
  for (let seed = 1; seed <= runs; seed++) {
    const random = seededRandom(seed * 7919);
    last = rankingFigures(groups.map((g) => shuffled(g, random)));
    map += last.meanAveragePrecision;
    p10 += last.precisionAt10;
  }
  return { ...(last ?? rankingFigures([])), meanAveragePrecision: map / runs, precisionAt10: p10 / runs };
}
