import { AppError } from "@/lib/errors";
import { activeRatings, findRating } from "@/lib/ratings";
import type { ClaimView } from "@/lib/claims/types";
import type { Project } from "@/db/schema";

/** What giving a verdict or a resolution answers: the claim as it now reads, and the rating's version. */
export type VerdictResult = { claim: ClaimView; verdict: { version: number; created: boolean } };

/**
 * Refuses (422) a rating key that is not on the project's scale, or a retired one given anew.
 * `current` is the rating the verdict or resolution has now: keeping a rating since retired (to
 * change the rationale, say) is allowed; choosing it is not.
 */
export function assertRating(project: Project, rating: string, current: string | null = null): void {
  const found = findRating(project.ratingScale, rating);
  const offered = () =>
    activeRatings(project.ratingScale)
      .map((r) => r.key)
      .join(", ");
  if (!found) {
    throw new AppError("invalid", `“${rating}” is not on this project's rating scale.`, {
      fields: { rating: [`must be one of: ${offered()}`] },
    });
  }
  if (found.isRetired && rating !== current) {
    throw new AppError("invalid", `“${found.label}” is retired: it is no longer given.`, {
      fields: { rating: [`is retired; use one of: ${offered()}`] },
    });
  }
}
