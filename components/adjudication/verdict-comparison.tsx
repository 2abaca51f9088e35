import type { ClaimView, VerdictView } from "@/lib/claims/types";
import { findRating, ratingColor, ratingLabel, type Rating } from "@/lib/ratings";

/** Do the verdicts hold more than one rating? */
export function verdictsDisagree(verdicts: Pick<VerdictView, "rating">[]): boolean {
  return new Set(verdicts.map((v) => v.rating)).size > 1;
}

function RatingChip({ scale, rating }: { scale: Rating[]; rating: string }) {
  const found = findRating(scale, rating);
  return (
    <span className="inline-flex items-center gap-1.5 font-medium">
      <span
        aria-hidden="true"
        className="inline-block h-3 w-3 rounded-sm"
        style={{ backgroundColor: ratingColor(found ?? { key: rating, value: null }) }}
      />
      {ratingLabel(scale, rating)}
      {found?.isRetired ? <span className="text-xs font-normal text-stone-500">(retired)</span> : null}
    </span>
  );
}

/**
 * Every reviewer's verdict of a claim side by side, for the editor who resolves it: rating,
 * confidence, rationale, the sources that reviewer cited, and when; the verdicts that differ from
 * the resolution (or from each other, before there is one) are marked. Each offers to resolve the
 * claim as that verdict, in one action.
 */
export function VerdictComparison({
  claim,
  scale,
  isPending,
  onAdopt,
}: {
  claim: ClaimView;
  scale: Rating[];
  isPending: boolean;
  /** Resolve the claim as this reviewer's verdict. */
  onAdopt: (verdict: VerdictView) => void;
}) {
  const { verdicts } = claim;
  if (verdicts.length === 0) return <p className="text-sm text-stone-600">No verdicts yet.</p>;
  const disagree = verdictsDisagree(verdicts);
  const ratings = [...new Set(verdicts.map((v) => v.rating))];
  const resolved = claim.resolution?.rating ?? null;
  const differs = (v: VerdictView) => (resolved !== null ? v.rating !== resolved : disagree);
  return (
    <div className="flex flex-col gap-2">
      {disagree ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          Reviewers disagree: {ratings.map((r) => ratingLabel(scale, r)).join(" · ")}.
        </p>
      ) : verdicts.length > 1 ? (
        <p className="text-sm text-stone-600">Reviewers agree: {ratingLabel(scale, ratings[0]!)}.</p>
      ) : null}
      <ul
        aria-label="Verdicts side by side"
        className="grid auto-cols-[minmax(12rem,1fr)] grid-flow-col gap-2 overflow-x-auto pb-1"
      >
        {verdicts.map((v) => {
          const cited = claim.sources.filter((s) => s.citedBy === v.userId);
          const isOff = differs(v);
          return (
            <li
              key={v.userId}
              aria-label={`${v.userName}'s verdict`}
              data-disagrees={isOff ? "true" : undefined}
              className={`flex flex-col gap-1 rounded border p-2 text-sm ${
                isOff ? "border-amber-400 bg-amber-50" : "border-stone-200 bg-white"
              }`}
            >
              <p className="font-medium text-stone-900">{v.userName}</p>
              <RatingChip scale={scale} rating={v.rating} />
              <p className="text-xs text-stone-600">
                {v.confidence
                  ? `${v.confidence[0]?.toUpperCase()}${v.confidence.slice(1)} confidence`
                  : "Confidence not stated"}
                {" · "}
                <time dateTime={v.updatedAt}>{new Date(v.updatedAt).toLocaleString()}</time>
              </p>
              {v.rationale ? (
                <p className="whitespace-pre-wrap text-stone-800">{v.rationale}</p>
              ) : (
                <p className="text-stone-500">No rationale.</p>
              )}
              <div>
                <p className="text-xs font-medium text-stone-600">
                  {cited.length === 0
                    ? "Cited no source"
                    : `Cited ${cited.length === 1 ? "one source" : `${cited.length} sources`}`}
                </p>
                {cited.length ? (
                  <ul className="list-disc pl-4 text-xs">
                    {cited.map((s) => (
                      <li key={s.id}>
                        <a
                          href={s.url}
                          rel="noopener noreferrer nofollow"
                          target="_blank"
                          className="text-sky-800 underline"
                        >
                          {s.title ?? s.url}
                        </a>{" "}
                        ({s.stance}, <time dateTime={s.citedAt}>{new Date(s.citedAt).toLocaleDateString()}</time>)
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
              <button
                type="button"
                className="mt-auto rounded border border-sky-800 px-2 py-1 text-sm text-sky-900 hover:bg-sky-50 disabled:opacity-60"
                disabled={isPending || (findRating(scale, v.rating)?.isRetired === true && v.rating !== resolved)}
                onClick={() => onAdopt(v)}
              >
                Resolve as {v.userName}&apos;s verdict
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
