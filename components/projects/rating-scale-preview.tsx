import { activeRatings, ratingColor, type Rating } from "@/lib/ratings";

/**
 * The scale as the people who rate will meet it: the choices of the claim panel, in order, each
 * with its colour, number and description; retired ratings named apart (still shown where given).
 */
export function RatingScalePreview({ scale }: { scale: Rating[] }) {
  const offered = activeRatings(scale);
  const retired = scale.filter((r) => r.isRetired);
  return (
    <section aria-label="Preview of the rating scale" className="rounded border border-stone-200 bg-stone-50 p-3">
      <h3 className="mb-2 text-sm font-semibold text-stone-700">Preview: the choices reviewers see</h3>
      <label className="mb-3 flex max-w-xs flex-col gap-1 text-xs font-medium text-stone-700">
        Rating
        <select className="rounded border border-stone-300 bg-white px-2 py-1.5 text-sm font-normal" defaultValue="">
          <option value="">Choose a rating…</option>
          {offered.map((r, i) => (
            <option key={`${r.key}-${i}`} value={r.key}>
              {r.label || "(no label)"}
            </option>
          ))}
        </select>
      </label>
      <ul className="flex flex-col gap-1">
        {offered.map((r, i) => (
          <li key={`${r.key}-${i}`} className="flex items-baseline gap-2 text-sm">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 shrink-0 rounded-sm"
              style={{ backgroundColor: ratingColor(r) }}
            />
            <span className="font-medium">{r.label || "(no label)"}</span>
            <span className="text-xs text-stone-500">{r.value === null ? "no number" : `${r.value} of 5`}</span>
            {r.description ? <span className="text-stone-600">— {r.description}</span> : null}
          </li>
        ))}
      </ul>
      {retired.length ? (
        <p className="mt-2 text-xs text-stone-600">
          Retired, no longer offered (verdicts already given keep them): {retired.map((r) => r.label).join(", ")}.
        </p>
      ) : null}
    </section>
  );
}
