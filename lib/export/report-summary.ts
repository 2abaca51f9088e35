import { publishedResolution, ratingOf } from "./claim-rating";
import type { ExportClaim } from "./types";
import type { Rating } from "../ratings";

/** One line of a report's summary: how many claims publish this rating. */
export type RatingCount = { key: string; label: string; count: number };

export type ResolutionSummary = {
  total: number;
  /** The scale's order, then keys the scale no longer holds; only ratings with claims. */
  byRating: RatingCount[];
  /** Claims publishing no verdict: open, in review, or reopened after a resolution. */
  unresolved: number;
};

/**
 * Claims by published rating (a claim counts under its rating only while it is resolved, as
 * ClaimReview publishes it), for a report's summary table.
 */
export function summarizeResolutions(
  claims: Iterable<Pick<ExportClaim, "status" | "resolution">>,
  scale: Rating[],
): ResolutionSummary {
  const counts = new Map<string, number>();
  let total = 0;
  let unresolved = 0;
  for (const claim of claims) {
    total++;
    const resolution = publishedResolution(claim);
    if (resolution) counts.set(resolution.rating, (counts.get(resolution.rating) ?? 0) + 1);
    else unresolved++;
  }
  const inScale = scale.map((r) => r.key).filter((k) => counts.has(k));
  const outOfScale = [...counts.keys()].filter((k) => !inScale.includes(k));
  const byRating = [...inScale, ...outOfScale].map((key) => ({
    key,
    label: ratingOf(scale, key).label,
    count: counts.get(key) ?? 0,
  }));
  return { total, byRating, unresolved };
}
