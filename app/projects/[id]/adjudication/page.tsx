import type { Metadata } from "next";
import Link from "next/link";
import { AdjudicationDesk } from "@/components/adjudication/adjudication-desk";
import { claimHref } from "@/lib/claims/queue";
import { ratingLabel } from "@/lib/ratings";
import { openAdjudication } from "@/services/open-adjudication";
import { load } from "../../../_lib/load";
import { requireSessionActor } from "../../../_lib/session";
import { adoptVerdictAction, resolveClaimAction } from "./actions";
import { ProjectBreadcrumb } from "@/components/projects/project-breadcrumb";

export const metadata: Metadata = { title: "Adjudication" };

/**
 * The claims an editor has to adjudicate, one at a time in order (`?claim=` names the one open,
 * else the first), with Previous and Next; resolving one moves on to the next.
 */
export default async function AdjudicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Partial<Record<string, string | string[]>>>;
}) {
  const { id } = await params;
  const asked = (await searchParams).claim;
  const claimParam = Array.isArray(asked) ? asked[0] : asked;
  const here = `/projects/${id}/adjudication`;
  const actor = await requireSessionActor(claimParam ? `${here}?claim=${encodeURIComponent(claimParam)}` : here);
  const { project, claims } = load(() => openAdjudication(actor, id));
  const found = claims.findIndex((c) => c.id === claimParam);
  const index = found >= 0 ? found : 0;
  const current = claims[index];
  const hrefOf = (claimId: string | undefined) => (claimId ? `${here}?claim=${encodeURIComponent(claimId)}` : here);
  const previous = claims[index - 1];
  const next = claims[index + 1];
  const scale = project.ratingScale;

  return (
    <div>
      <ProjectBreadcrumb project={{ id, name: project.name }} />
      <h1 className="mb-1 text-2xl font-semibold">Adjudication</h1>
      <p className="mb-6 text-sm text-stone-600">
        Claims whose reviewers disagree and that are not resolved yet, and resolved claims flagged because a later
        verdict disagrees, in the order of the project&apos;s documents.
      </p>
      {claimParam && found < 0 ? (
        <p role="status" className="mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
          That claim no longer needs adjudication.
        </p>
      ) : null}
      {!current ? (
        <p role="status" className="text-stone-700">
          Nothing to adjudicate: no reviewers disagree on an unresolved claim, and no claim is flagged.
        </p>
      ) : (
        <div className="grid gap-6 md:grid-cols-[1fr_3fr]">
          <nav aria-label="Claims to adjudicate">
            <ol className="flex flex-col gap-1 text-sm">
              {claims.map((c, i) => (
                <li key={c.id}>
                  <Link
                    href={hrefOf(c.id)}
                    aria-current={i === index ? "page" : undefined}
                    className={`block rounded px-2 py-1 ${i === index ? "bg-sky-100 font-medium text-sky-950" : "text-sky-900 hover:bg-stone-100"}`}
                  >
                    {c.isFlagged ? "⚑ " : ""}“
                    {c.selector.exact.length > 60 ? `${c.selector.exact.slice(0, 59)}…` : c.selector.exact}”
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          <article aria-label="Claim to adjudicate" className="flex flex-col gap-3">
            <p className="text-sm text-stone-600">
              {index + 1} of {claims.length} · {current.documentTitle} ·{" "}
              <Link href={claimHref(current)} className="text-sky-800 underline">
                Open in the document
              </Link>
            </p>
            <blockquote className="border-l-4 border-sky-700 pl-3 font-serif text-lg text-stone-900">
              “{current.selector.exact}”
            </blockquote>
            {current.claimText !== current.selector.exact ? <p>{current.claimText}</p> : null}
            {current.isFlagged && current.resolution ? (
              <p role="note" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
                ⚑ Resolved as {ratingLabel(scale, current.resolution.rating)} (“{current.resolution.rationale}”); a
                verdict given since disagrees.
              </p>
            ) : null}
            <AdjudicationDesk
              key={current.id}
              claim={current}
              scale={scale}
              actions={{
                adopt: adoptVerdictAction.bind(null, id),
                resolve: resolveClaimAction.bind(null, id),
              }}
              nextHref={hrefOf(next?.id ?? previous?.id)}
            />
            <nav aria-label="Previous and next claim" className="flex gap-4">
              {previous ? (
                <Link href={hrefOf(previous.id)} className="text-sky-800 underline">
                  ← Previous claim
                </Link>
              ) : null}
              {next ? (
                <Link href={hrefOf(next.id)} className="text-sky-800 underline">
                  Next claim →
                </Link>
              ) : null}
            </nav>
          </article>
        </div>
      )}
    </div>
  );
}
