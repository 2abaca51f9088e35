import "server-only";
import { computeAgreement, type ReviewerRating } from "@/lib/agreement/compute-agreement";
import type { AlphaResult } from "@/lib/agreement/krippendorff-alpha";
import { anchorStatuses, type AnchorStatus } from "@/lib/anchoring/types";
import { can, type ProjectRole } from "@/lib/auth/policy";
import { claimStatuses, type ClaimStatus } from "@/lib/claims/types";
import type { Rating } from "@/lib/ratings";
import { addDays, dayOf, daysFrom, utcDay } from "@/lib/stats/calendar";
import type {
  ActivityCounts,
  AgreementSummary,
  AlphaSummary,
  ProjectAgreement,
  ProjectStats,
  ReviewerStats,
  RatingScope as RatingScopeView,
} from "@/lib/stats/types";
import type { Project } from "@/db/schema";
import { listMembersByProjectId } from "@/db/queries/projects";
import {
  countClaimsByAnchorStatus,
  countClaimsByDocument,
  countClaimsByStatus,
  countClaimsMarkedByDay,
  countClaimsMarkedByUser,
  countResolutionsByDocumentAndRating,
  countVerdictsByRating,
  countVerdictsByUser,
  listVerdictRatingsByProjectId,
  type RatingScope,
  type UserActivity,
  type VerdictRating,
} from "@/db/queries/stats";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { givesVerdicts } from "./support/assignee";

/** How far back the claims-per-day series goes at most, today included. */
const SERIES_DAYS = 90;

/**
 * The project's figures for the dashboard and `GET /api/v1/projects/:id/stats`, read in one
 * snapshot; 404 for a project the actor cannot see. `now` fixes the day windows (tests).
 *
 * Blind review: the figures are aggregates, yet a count of verdicts by rating over a claim a
 * blind reviewer has not rated would tell them how others rated it. So the policy's
 * `verdicts:see-others` rule is applied per claim, as on claim objects: its one per-claim fact
 * is whether the reader has rated the claim, so a reader it answers no for without a verdict
 * gets verdicts, resolutions and agreement counted only over the claims they have rated (the
 * SQL's WHERE does it). Claim counts, statuses, anchor statuses and each person's activity
 * (how many claims marked and verdicts given, never which ratings) count every claim for all.
 */
export function getProjectStats(actor: SessionActor, projectId: string, options: { now?: Date } = {}): ProjectStats {
  const now = options.now ?? new Date();
  const today = utcDay(now);
  return readTransaction((tx) => {
    const { project, role } = authorizeProject(tx, actor, projectId, "project:read");
    const ratingScope = ratingScopeOf(actor, role, project);
    const scale = project.ratingScale;
    const windows = { last7Days: addDays(today, -6), last30Days: addDays(today, -29) };
    const seriesFrom = maxDay(addDays(today, -(SERIES_DAYS - 1)), dayOf(project.createdAt));

    const documents = countClaimsByDocument(tx, { projectId });
    const statuses = countClaimsByStatus(tx, { projectId });
    const anchors = countClaimsByAnchorStatus(tx, { projectId });
    const verdictCounts = countVerdictsByRating(tx, { projectId, ratingScope });
    const resolutionCounts = countResolutionsByDocumentAndRating(tx, { projectId, ratingScope });
    const ratings = listVerdictRatingsByProjectId(tx, { projectId, ratingScope });
    const marked = countClaimsMarkedByUser(tx, { projectId, windows });
    const given = countVerdictsByUser(tx, { projectId, windows });
    const members = listMembersByProjectId(tx, { projectId });
    const perDay = countClaimsMarkedByDay(tx, { projectId, from: seriesFrom });

    const claimCount = sum(documents.map((d) => d.claims));
    const ratingsByDocument = groupBy(ratings, (r) => r.documentId);
    const resolutionsByDocument = groupBy(resolutionCounts, (r) => r.documentId);
    const byDay = new Map(perDay.map((d) => [d.day, d.n]));

    return {
      projectId,
      asOf: now.toISOString(),
      ratingScale: scale,
      isBlindReview: project.isBlindReview,
      ratingScope: ratingScopeView[ratingScope.kind],
      claims: claimCount,
      verdicts: byRating(
        scale,
        verdictCounts.map((c) => [c.rating, c.verdicts]),
      ),
      verdictClaims: byRating(
        scale,
        verdictCounts.map((c) => [c.rating, c.claims]),
      ),
      resolutions: byRating(
        scale,
        resolutionCounts.map((c) => [c.rating, c.n]),
      ),
      statuses: byKey<ClaimStatus>(
        claimStatuses,
        statuses.map((s) => [s.status, s.n]),
      ),
      anchorStatuses: byKey<AnchorStatus>(
        anchorStatuses,
        anchors.map((a) => [a.anchorStatus, a.n]),
      ),
      documents: documents.map((d) => ({
        documentId: d.documentId,
        title: d.title,
        claims: d.claims,
        resolutions: byRating(
          scale,
          (resolutionsByDocument.get(d.documentId) ?? []).map((c) => [c.rating, c.n]),
        ),
        agreement: summarize(agreementOf(ratingsByDocument.get(d.documentId) ?? [], d.claims, scale)),
      })),
      reviewers: reviewersOf(members, marked, given),
      agreement: projectAgreement(ratings, claimCount, scale),
      claimsMarkedPerDay: {
        from: seriesFrom,
        to: today,
        days: daysFrom(seriesFrom, today).map((date) => ({ date, claims: byDay.get(date) ?? 0 })),
      },
    };
  });
}

const ratingScopeView: Record<RatingScope["kind"], RatingScopeView> = {
  all: "all-claims",
  "rated-by": "claims-you-rated",
  none: "no-claims",
};

/** The policy's blind-review rule, asked for a claim the reader has not rated and for one they have. */
function ratingScopeOf(actor: SessionActor, role: ProjectRole | null, project: Project): RatingScope {
  const seesOthers = (hasOwnVerdict: boolean) =>
    can(actor, "verdicts:see-others", { kind: "verdicts", role, isBlindReview: project.isBlindReview, hasOwnVerdict });
  if (seesOthers(false)) return { kind: "all" };
  if (seesOthers(true)) return { kind: "rated-by", userId: actor.userId };
  return { kind: "none" };
}

function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

function sum(values: number[]): number {
  return values.reduce((total, n) => total + n, 0);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Counts keyed by every rating of the scale in its order (0 when none), then any key off it. */
function byRating(scale: Rating[], counts: [string, number][]): Record<string, number> {
  const record: Record<string, number> = Object.fromEntries(scale.map((r) => [r.key, 0]));
  for (const [key, n] of counts) record[key] = (record[key] ?? 0) + n;
  return record;
}

function byKey<K extends string>(keys: readonly K[], counts: [K, number][]): Record<K, number> {
  const record = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const [key, n] of counts) record[key] += n;
  return record;
}

/**
 * Agreement over `claims` claims, given the verdicts of some of them: the claims without a
 * verdict in `ratings` are units with none, so that they count as left out.
 */
function agreementOf(ratings: VerdictRating[], claims: number, scale: Rating[]) {
  const units: ReviewerRating[][] = [...groupBy(ratings, (r) => r.claimId).values()].map((unit) =>
    unit.map((r) => ({ reviewerId: r.userId, rating: r.rating })),
  );
  for (let i = units.length; i < claims; i++) units.push([]);
  return computeAgreement(units, scale);
}

function alphaSummary(result: AlphaResult): AlphaSummary {
  return {
    alpha: result.alpha,
    reason: result.reason,
    claimsCounted: result.unitsCounted,
    claimsLeftOut: result.unitsLeftOut,
  };
}

function summarize(agreement: { ordinal: AlphaResult; nominal: AlphaResult }): AgreementSummary {
  const ordinal = alphaSummary(agreement.ordinal);
  const nominal = alphaSummary(agreement.nominal);
  // DESIGN.md's claimsCounted and claimsLeftOut are the nominal level's: there every verdict on
  // the scale counts, where the ordinal level leaves out ratings without a number (`unproven`).
  return {
    alphaOrdinal: ordinal.alpha,
    alphaNominal: nominal.alpha,
    claimsCounted: nominal.claimsCounted,
    claimsLeftOut: nominal.claimsLeftOut,
    ordinal,
    nominal,
  };
}

function projectAgreement(ratings: VerdictRating[], claims: number, scale: Rating[]): ProjectAgreement {
  const agreement = agreementOf(ratings, claims, scale);
  const names = new Map(ratings.map((r) => [r.userId, r.userName]));
  const person = (userId: string) => ({ userId, name: names.get(userId) ?? userId });
  return {
    ...summarize(agreement),
    pairs: agreement.pairs.map((p) => ({
      reviewers: [person(p.reviewerIds[0]), person(p.reviewerIds[1])],
      claimsBothRated: p.claimsBothRated,
      claimsAgreed: p.claimsAgreed,
      shareAgreed: p.shareAgreed,
      kappa: p.kappa,
    })),
  };
}

/**
 * Everyone who can work in the project (its editors and reviewers), and anyone else who marked
 * or rated any of its live claims (a former member, an admin, a viewer who once reviewed), by name.
 */
function reviewersOf(
  members: { userId: string; name: string; role: ProjectRole }[],
  marked: UserActivity[],
  given: UserActivity[],
): ReviewerStats[] {
  const none: ActivityCounts = { last7Days: 0, last30Days: 0, total: 0 };
  const counts = (a: UserActivity | undefined): ActivityCounts =>
    a ? { last7Days: a.last7Days, last30Days: a.last30Days, total: a.total } : none;
  const markedBy = new Map(marked.map((a) => [a.userId, a]));
  const givenBy = new Map(given.map((a) => [a.userId, a]));
  const people = new Map<string, { name: string; role: ProjectRole | null }>();
  for (const m of members) if (givesVerdicts(m)) people.set(m.userId, { name: m.name, role: m.role });
  const roleOf = new Map(members.map((m) => [m.userId, m.role]));
  for (const a of [...marked, ...given])
    if (!people.has(a.userId)) people.set(a.userId, { name: a.name, role: roleOf.get(a.userId) ?? null });

  return [...people]
    .map(([userId, { name, role }]) => {
      const verdictsGiven = counts(givenBy.get(userId));
      return {
        userId,
        name,
        role,
        verdicts: verdictsGiven.total,
        claimsMarked: counts(markedBy.get(userId)),
        verdictsGiven,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}
