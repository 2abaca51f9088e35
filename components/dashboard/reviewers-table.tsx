import { claimsExplorerHref } from "@/lib/stats/claims-explorer-href";
import type { ActivityCounts, ReviewerStats } from "@/lib/stats/types";
import { FigureLink } from "./figure-link";

const windows: { key: keyof ActivityCounts; label: string }[] = [
  { key: "last7Days", label: "7 days" },
  { key: "last30Days", label: "30 days" },
  { key: "total", label: "All" },
];

/**
 * Each reviewer's activity. A reviewer's verdicts in all link to the claims they rated, where the
 * reader may see them all (`seesAllRatings`, or the reader's own row): the explorer lists only
 * the verdicts a blind reviewer may see, which would be fewer than the count. The other counts
 * are printed plainly, because the explorer has no filter for who marked a claim nor for when a
 * verdict was given, so no link could list exactly the claims behind them.
 */
export function ReviewersTable({
  projectId,
  reviewers,
  readerId,
  seesAllRatings,
}: {
  projectId: string;
  reviewers: ReviewerStats[];
  readerId: string;
  seesAllRatings: boolean;
}) {
  if (reviewers.length === 0) return <p className="text-stone-700">Nobody has marked or rated a claim yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse rounded border border-stone-200 bg-white text-left text-sm">
        <caption className="sr-only">
          Each reviewer&apos;s claims marked and verdicts given in the last 7 and 30 days and in all
        </caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" rowSpan={2} className="px-3 py-2 align-bottom">
              Reviewer
            </th>
            <th scope="col" rowSpan={2} className="px-3 py-2 align-bottom">
              Role
            </th>
            <th scope="colgroup" colSpan={3} className="border-l border-stone-200 px-3 pt-2 text-center">
              Claims marked
            </th>
            <th scope="colgroup" colSpan={3} className="border-l border-stone-200 px-3 pt-2 text-center">
              Verdicts given
            </th>
          </tr>
          <tr>
            {["marked", "given"].map((group) =>
              windows.map((w, i) => (
                <th
                  key={`${group}-${w.key}`}
                  scope="col"
                  className={`px-3 pb-2 text-right font-normal text-stone-600 ${i === 0 ? "border-l border-stone-200" : ""}`}
                >
                  {w.label}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {reviewers.map((r) => (
            <tr key={r.userId} className="border-t border-stone-200">
              <th scope="row" className="px-3 py-1.5 font-normal">
                {r.name}
              </th>
              <td className="px-3 py-1.5 text-stone-600">{r.role ?? "not a member"}</td>
              {windows.map((w, i) => (
                <td
                  key={w.key}
                  className={`px-3 py-1.5 text-right tabular-nums ${i === 0 ? "border-l border-stone-200" : ""}`}
                >
                  {r.claimsMarked[w.key]}
                </td>
              ))}
              {windows.map((w, i) => (
                <td
                  key={w.key}
                  className={`px-3 py-1.5 text-right tabular-nums ${i === 0 ? "border-l border-stone-200" : ""}`}
                >
                  {w.key === "total" ? (
                    <FigureLink
                      href={
                        seesAllRatings || r.userId === readerId
                          ? claimsExplorerHref(projectId, { reviewer: r.userId })
                          : null
                      }
                      n={r.verdicts}
                      label={`${r.name}, verdicts given: ${r.verdicts}`}
                    />
                  ) : (
                    r.verdictsGiven[w.key]
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
