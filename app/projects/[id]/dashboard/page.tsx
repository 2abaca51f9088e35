import type { Metadata } from "next";
import { AgreementSection } from "@/components/dashboard/agreement-section";
import { BarFigure, type BarDatum } from "@/components/dashboard/bar-figure";
import { ClaimsPerDayFigure } from "@/components/dashboard/claims-per-day-figure";
import { neutralColor, ratingColor } from "@/components/dashboard/colors";
import { dayLabel } from "@/components/dashboard/day-label";
import { DocumentsTable } from "@/components/dashboard/documents-table";
import { plural } from "@/components/dashboard/format";
import { ReviewersTable } from "@/components/dashboard/reviewers-table";
import { anchorStatuses, type AnchorStatus } from "@/lib/anchoring/types";
import { claimStatuses, type ClaimStatus } from "@/lib/claims/types";
import type { Rating } from "@/lib/ratings";
import { claimsExplorerHref } from "@/lib/stats/claims-explorer-href";
import { getProject } from "@/services/get-project";
import { getProjectStats } from "@/services/get-project-stats";
import { load } from "../../../_lib/load";
import { requireSessionActor } from "../../../_lib/session";
import { ProjectBreadcrumb } from "@/components/projects/project-breadcrumb";

export const metadata: Metadata = { title: "Dashboard" };

const statusLabels: Record<ClaimStatus, string> = { open: "Open", "in-review": "In review", resolved: "Resolved" };
const anchorLabels: Record<AnchorStatus, string> = {
  exact: "Exact",
  moved: "Moved",
  fuzzy: "Fuzzy",
  orphaned: "Orphaned",
};

/**
 * The scale's ratings (a retired one only while something still counts under it, named so),
 * then any rating key the counts hold that is no longer on it.
 */
function ratingsOf(scale: Rating[], ...counts: Record<string, number>[]): Rating[] {
  const known = new Set(scale.map((r) => r.key));
  const extra = [...new Set(counts.flatMap((c) => Object.keys(c)))].filter((k) => !known.has(k));
  const shown = scale
    .filter((r) => !r.isRetired || counts.some((c) => (c[r.key] ?? 0) > 0))
    .map((r) => (r.isRetired ? { ...r, label: `${r.label} (retired)` } : r));
  return [...shown, ...extra.map((key) => ({ key, label: key, value: null }))];
}

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-1 text-lg font-semibold">
        {title}
      </h2>
      {intro ? <p className="mb-3 max-w-3xl text-sm text-stone-600">{intro}</p> : <div className="mb-3" />}
      {children}
    </section>
  );
}

export default async function DashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/projects/${id}/dashboard`);
  const project = load(() => getProject(actor, id));
  const stats = load(() => getProjectStats(actor, id));
  const ratings = ratingsOf(stats.ratingScale, stats.verdicts, stats.resolutions);
  const href = (filters: Parameters<typeof claimsExplorerHref>[1]) => claimsExplorerHref(id, filters);
  // The explorer filters by ratings of the scale only: a key since taken off it is shown, unlinked.
  const scaleKeys = new Set(stats.ratingScale.map((r) => r.key));
  const onScale = (key: string) => scaleKeys.has(key);
  const resolvedClaims = Object.values(stats.resolutions).reduce((a, n) => a + n, 0);
  const verdictCount = Object.values(stats.verdicts).reduce((a, n) => a + n, 0);
  const ownVerdicts = stats.reviewers.find((r) => r.userId === actor.userId)?.verdicts ?? 0;

  const resolutionBars: BarDatum[] = ratings.map((r) => ({
    key: r.key,
    label: r.label,
    values: [stats.resolutions[r.key] ?? 0],
    color: ratingColor(r),
    href: onScale(r.key) ? href({ rating: r.key }) : null,
  }));
  const verdictBars: BarDatum[] = ratings.map((r) => ({
    key: r.key,
    label: r.label,
    values: [stats.verdicts[r.key] ?? 0, stats.verdictClaims[r.key] ?? 0],
    color: ratingColor(r),
    href: onScale(r.key) ? href({ verdictRating: r.key }) : null,
  }));
  const statusBars: BarDatum[] = claimStatuses.map((s) => ({
    key: s,
    label: statusLabels[s],
    values: [stats.statuses[s]],
    color: neutralColor,
    href: href({ status: s }),
  }));
  const anchorBars: BarDatum[] = anchorStatuses.map((a) => ({
    key: a,
    label: anchorLabels[a],
    values: [stats.anchorStatuses[a]],
    color: a === "exact" || a === "moved" ? neutralColor : "#a16207",
    href: href({ anchor: a }),
  }));
  const series = stats.claimsMarkedPerDay;
  const markedInPeriod = series.days.reduce((a, d) => a + d.claims, 0);
  const countList = (bars: BarDatum[]) => bars.map((b) => `${b.label} ${b.values[0]}`).join(", ");

  return (
    <div>
      <ProjectBreadcrumb project={{ id, name: project.name }} />
      <h1 className="mb-1 text-2xl font-semibold">Dashboard</h1>
      <p className="mb-2 text-sm text-stone-600">
        {plural(stats.claims, "claim")} in {plural(stats.documents.length, "document")}. Every number links to the
        claims behind it.
      </p>
      {stats.ratingScope !== "all-claims" ? (
        <p
          role="note"
          className="mb-6 max-w-3xl rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          Blind review is on:{" "}
          {stats.ratingScope === "claims-you-rated"
            ? `the verdicts, resolutions and agreement shown here count only the claims you have rated yourself (${plural(ownVerdicts, "claim")} of ${stats.claims}),`
            : "no verdicts, resolutions or agreement are shown to you,"}{" "}
          so that no one else&apos;s rating of a claim reaches you before your own. Counts of claims, statuses and
          activity cover every claim.
        </p>
      ) : (
        <div className="mb-6" />
      )}

      <Section
        id="resolutions"
        title="Resolutions"
        intro={`The editors' final verdicts: ${plural(resolvedClaims, "claim")} resolved, by rating.`}
      >
        <BarFigure
          title="Claims by resolved rating"
          description={`Bar chart of resolved claims by rating: ${countList(resolutionBars)}.`}
          categoryHeading="Rating"
          valueHeadings={["Claims"]}
          data={resolutionBars}
        />
      </Section>

      <Section
        id="verdicts"
        title="Verdicts"
        intro={`Reviewers' current verdicts: ${plural(verdictCount, "verdict")} by rating, and the claims they were given on (one claim may have several).`}
      >
        <BarFigure
          title="Verdicts by rating"
          description={`Bar chart of verdicts by rating: ${countList(verdictBars)}.`}
          categoryHeading="Rating"
          valueHeadings={["Verdicts", "Claims"]}
          data={verdictBars}
        />
      </Section>

      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section id="statuses" title="Claims by status">
          <BarFigure
            title="Claims by status"
            description={`Bar chart of claims by status: ${countList(statusBars)}.`}
            categoryHeading="Status"
            valueHeadings={["Claims"]}
            data={statusBars}
          />
        </Section>
        <Section
          id="anchors"
          title="Claims by anchor status"
          intro="Whether each claim is still attached to its words after the text was revised."
        >
          <BarFigure
            title="Claims by anchor status"
            description={`Bar chart of claims by anchor status: ${countList(anchorBars)}.`}
            categoryHeading="Anchor"
            valueHeadings={["Claims"]}
            data={anchorBars}
          />
        </Section>
      </div>

      <Section id="documents" title="Documents" intro="Each document's claims, in all and by resolved rating.">
        <DocumentsTable projectId={id} ratings={ratings} onScale={onScale} documents={stats.documents} />
      </Section>

      <Section
        id="reviewers"
        title="Reviewers"
        intro="Claims each person marked and verdicts they gave, in the last 7 and 30 days (today included, UTC) and in all. A verdict counts on the day it was last given or changed."
      >
        <ReviewersTable
          projectId={id}
          reviewers={stats.reviewers}
          readerId={actor.userId}
          seesAllRatings={stats.ratingScope === "all-claims"}
        />
      </Section>

      <Section
        id="agreement"
        title="Agreement between reviewers"
        intro="Krippendorff's alpha: 1 is perfect agreement, 0 what chance alone would give. Only claims with verdicts from two or more reviewers can be compared."
      >
        <AgreementSection agreement={stats.agreement} documents={stats.documents} />
      </Section>

      <Section
        id="per-day"
        title="Claims marked per day"
        intro={`From ${dayLabel(series.from, { withYear: true })} to ${dayLabel(series.to, { withYear: true })} (UTC): the last 90 days, or since the project started.`}
      >
        <ClaimsPerDayFigure
          title="Claims marked per day"
          description={`Bar chart of claims marked each day from ${series.from} to ${series.to}: ${plural(markedInPeriod, "claim")} in all.`}
          days={series.days.map((d) => ({ ...d, href: href({ from: d.date, to: d.date }) }))}
          total={{
            claims: markedInPeriod,
            href: href({ from: series.from, to: series.to }),
            from: series.from,
            to: series.to,
          }}
        />
      </Section>
    </div>
  );
}
