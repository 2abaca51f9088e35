import type { Metadata } from "next";
import Link from "next/link";
import { claimHref, type PlacedClaim } from "@/lib/claims/queue";
import { ratingLabel, type Rating } from "@/lib/ratings";
import { getMyQueue } from "@/services/get-my-queue";
import { requireSessionActor } from "../_lib/session";

export const metadata: Metadata = { title: "My queue" };

const statusLabels = { open: "Open", "in-review": "In review", resolved: "Resolved" } as const;

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "—";
}

function QueueItem({
  claim,
  scale,
  userId,
  isFlag,
}: {
  claim: PlacedClaim;
  scale: Rating[];
  userId: string;
  isFlag: boolean;
}) {
  const own = claim.verdicts.find((v) => v.userId === userId);
  return (
    <li className="flex flex-col gap-1 px-4 py-3" data-claim-id={claim.id}>
      <Link href={claimHref(claim)} className="font-serif text-sky-900 hover:underline">
        “{claim.selector.exact}”
      </Link>
      {claim.claimText !== claim.selector.exact ? <p className="text-sm">{claim.claimText}</p> : null}
      <p className="text-sm text-stone-600">
        {claim.documentTitle} · {claim.projectName} · {statusLabels[claim.status]}
        {isFlag
          ? claim.resolution
            ? ` as ${ratingLabel(scale, claim.resolution.rating)}; a later verdict disagrees`
            : "; a later verdict disagrees"
          : ` · assigned ${day(claim.assignedAt ?? claim.createdAt)}`}
        {!isFlag ? (own ? ` · you rated it ${ratingLabel(scale, own.rating)}` : " · not rated by you yet") : null}
      </p>
    </li>
  );
}

/** The signed-in person's queue: the claims assigned to them, and for an editor the claims flagged for adjudication. */
export default async function QueuePage() {
  const actor = await requireSessionActor("/queue");
  const queue = getMyQueue(actor);
  const scaleOf = (claim: PlacedClaim) => queue.ratingScales[claim.projectId] ?? [];
  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <section aria-labelledby="assigned-title">
        <h1 id="assigned-title" className="mb-1 text-2xl font-semibold">
          My queue
        </h1>
        <p className="mb-4 text-sm text-stone-600">
          The claims assigned to you that are not resolved yet, across your projects, longest waiting first.
        </p>
        {queue.assignments.length === 0 ? (
          <p role="status" className="text-stone-700">
            Nothing is assigned to you.
          </p>
        ) : (
          <ol
            aria-label="Claims assigned to you"
            className="divide-y divide-stone-200 rounded border border-stone-200 bg-white"
          >
            {queue.assignments.map((c) => (
              <QueueItem key={c.id} claim={c} scale={scaleOf(c)} userId={actor.userId} isFlag={false} />
            ))}
          </ol>
        )}
      </section>
      {queue.flagged.length > 0 ? (
        <section aria-labelledby="flagged-title">
          <h2 id="flagged-title" className="mb-1 text-lg font-semibold">
            Flagged for adjudication
          </h2>
          <p className="mb-4 text-sm text-stone-600">
            Resolved claims of projects you edit on which a verdict given since disagrees with the resolution. Resolve
            each again to clear its flag.
          </p>
          <ol
            aria-label="Claims flagged for adjudication"
            className="divide-y divide-stone-200 rounded border border-stone-200 bg-white"
          >
            {queue.flagged.map((c) => (
              <QueueItem key={c.id} claim={c} scale={scaleOf(c)} userId={actor.userId} isFlag />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
