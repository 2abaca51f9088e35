import { findRating, type Rating } from "../ratings";
import type { ExportClaim, ExportResolution } from "./types";

/**
 * The rating `key` names in `scale`. A key the scale no longer holds (the scale was edited after
 * the verdict) is kept, labelled by itself and without a number, rather than dropped.
 */
export function ratingOf(scale: Rating[], key: string): Rating {
  return findRating(scale, key) ?? { key, label: key, value: null };
}

/**
 * The resolution a claim publishes, or null. Only a claim whose status is `resolved` publishes
 * its resolution: one reopened by a disagreeing verdict is under review again, and its last
 * resolution stays in the data exports but leaves ClaimReview until an editor resolves it anew.
 */
export function publishedResolution(claim: Pick<ExportClaim, "status" | "resolution">): ExportResolution | null {
  return claim.status === "resolved" ? claim.resolution : null;
}
