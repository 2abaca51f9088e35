import { AppError } from "@/lib/errors";
import { findRating } from "@/lib/ratings";
import type { ClaimView } from "@/lib/claims/types";
import type { Project } from "@/db/schema";

/** What giving a verdict or a resolution answers: the claim as it now reads, and the rating's version. */
export type VerdictResult = { claim: ClaimView; verdict: { version: number; created: boolean } };

/** Refuses (422) a rating key that is not on the project's scale. */
export function assertRating(project: Project, rating: string): void {
  if (!findRating(project.ratingScale, rating)) {
    const keys = project.ratingScale.map((r) => r.key).join(", ");
    throw new AppError("invalid", `“${rating}” is not on this project's rating scale.`, {
      fields: { rating: [`must be one of: ${keys}`] },
    });
  }
}
