import type { AlphaUndefinedReason } from "../agreement/krippendorff-alpha";
import type { AnchorStatus } from "../anchoring/types";
import type { ProjectRole } from "../auth/policy";
import type { ClaimStatus } from "../claims/types";
import type { Rating } from "../ratings";

/**
 * The project's figures as `GET /api/v1/projects/:id/stats` answers them and the dashboard draws
 * them: DESIGN.md's shape (`verdicts`, `resolutions`, `statuses`, `reviewers`, `agreement`),
 * extended. Counts cover live (not deleted) claims. Dates are UTC calendar days (YYYY-MM-DD).
 */
export type ProjectStats = {
  projectId: string;
  /** When the figures were read (ISO 8601, UTC); the day windows end on its date. */
  asOf: string;
  ratingScale: Rating[];
  isBlindReview: boolean;
  /**
   * Which claims the rating figures (verdicts, resolutions, agreement) are counted over: all of
   * them, or — for a reviewer under blind review — only those the reader has rated, since the
   * reader sees no one else's rating of the others. Every other figure counts every claim.
   */
  ratingScope: RatingScope;
  /** Live claims in the project. */
  claims: number;
  /** Verdicts by rating key: every key of the scale (0 when none), then any key off the scale. */
  verdicts: Record<string, number>;
  /** For each rating key of `verdicts`, the claims having at least one verdict with it. */
  verdictClaims: Record<string, number>;
  /** Claims by resolved rating key, keyed as `verdicts`. */
  resolutions: Record<string, number>;
  statuses: Record<ClaimStatus, number>;
  anchorStatuses: Record<AnchorStatus, number>;
  documents: DocumentStats[];
  reviewers: ReviewerStats[];
  agreement: ProjectAgreement;
  claimsMarkedPerDay: ClaimsPerDay;
};

export type RatingScope = "all-claims" | "claims-you-rated" | "no-claims";

export type DocumentStats = {
  documentId: string;
  title: string;
  claims: number;
  /** Claims by resolved rating key, keyed as the project's `resolutions`. */
  resolutions: Record<string, number>;
  agreement: AgreementSummary;
};

/** Counts over a reader's time windows: the last 7 and 30 calendar days (today included), and all time. */
export type ActivityCounts = { last7Days: number; last30Days: number; total: number };

export type ReviewerStats = {
  userId: string;
  name: string;
  /** Their role in the project; null when they are no longer a member (or an admin who is none). */
  role: ProjectRole | null;
  /** Their current verdicts, one per claim they rated (DESIGN.md's figure): `verdictsGiven.total`. */
  verdicts: number;
  /** Claims they marked, by the day each was marked. */
  claimsMarked: ActivityCounts;
  /** Their current verdicts, by the day each was last given or changed. */
  verdictsGiven: ActivityCounts;
};

/** Krippendorff's alpha at one level, over claims (units). */
export type AlphaSummary = {
  /** Null when alpha is undefined for these verdicts; `reason` says why. */
  alpha: number | null;
  reason: AlphaUndefinedReason | null;
  /** Claims with verdicts from two or more reviewers at this level: what alpha is computed over. */
  claimsCounted: number;
  /** The other claims (fewer than two usable verdicts, none included). */
  claimsLeftOut: number;
};

export type AgreementSummary = {
  alphaOrdinal: number | null;
  alphaNominal: number | null;
  /**
   * DESIGN.md's counts are those of the nominal level, where every verdict on the scale counts
   * (the ordinal level leaves out ratings without a number, such as `unproven`).
   */
  claimsCounted: number;
  claimsLeftOut: number;
  /** Ratings with a number, compared by their order. */
  ordinal: AlphaSummary;
  /** Every rating its own category. */
  nominal: AlphaSummary;
};

export type ReviewerPair = {
  reviewers: [{ userId: string; name: string }, { userId: string; name: string }];
  claimsBothRated: number;
  claimsAgreed: number;
  /** claimsAgreed / claimsBothRated; null when they rated no claim in common. */
  shareAgreed: number | null;
  /** Cohen's kappa over rating keys; null when undefined (no claim in common, or one rating throughout). */
  kappa: number | null;
};

export type ProjectAgreement = AgreementSummary & { pairs: ReviewerPair[] };

export type ClaimsPerDay = {
  /** The first day: 89 days before `to`, or the project's first day if later. */
  from: string;
  /** Today (UTC). */
  to: string;
  /** Every day from `from` to `to`, in order, with the claims marked on it (0 included). */
  days: { date: string; claims: number }[];
};
