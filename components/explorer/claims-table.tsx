import Link from "next/link";
import type { AnchorStatus } from "@/lib/anchoring/types";
import type { ClaimSearchHit } from "@/lib/claims/search";
import type { ClaimStatus } from "@/lib/claims/types";
import { gapKinds } from "@/lib/gaps/gap-kinds";
import type { Rating } from "@/lib/ratings";
import { BULK_ASSIGN_FORM, SelectAllClaims } from "./bulk-assign-form";
import { MatchSnippet } from "./match-snippet";

export const statusLabels: Record<ClaimStatus, string> = {
  open: "Open",
  "in-review": "In review",
  resolved: "Resolved",
};
export const anchorLabels: Record<AnchorStatus, string> = {
  exact: "Exact",
  moved: "Moved",
  fuzzy: "Fuzzy",
  orphaned: "Orphaned",
};
const gapLabels = new Map<string, string>(gapKinds.map((g) => [g.kind, g.label]));

function resolutionText(claim: ClaimSearchHit, scale: Rating[]): string {
  if (claim.resolution) return scale.find((r) => r.key === claim.resolution?.rating)?.label ?? claim.resolution.rating;
  return claim.status === "resolved" ? "Hidden until you give your verdict" : "—";
}

/**
 * One row per claim, each quote linking to the claim in its document. With `isSelectable`, each
 * row has a checkbox tied to the bulk assignment form (BulkAssignForm).
 */
export function ClaimsTable({
  claims,
  scale,
  memberNames,
  isSelectable = false,
}: {
  claims: ClaimSearchHit[];
  scale: Rating[];
  /** The project's members by id, to name assignees. */
  memberNames: Map<string, string>;
  isSelectable?: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse rounded border border-stone-200 bg-white text-left text-sm">
        <caption className="sr-only">Claims</caption>
        <thead className="bg-stone-100">
          <tr>
            {isSelectable ? (
              <th scope="col" className="px-3 py-2">
                <SelectAllClaims />
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2">
              Quote
            </th>
            <th scope="col" className="px-3 py-2">
              Wording
            </th>
            <th scope="col" className="px-3 py-2">
              Document
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2">
              Resolved rating
            </th>
            <th scope="col" className="px-3 py-2">
              Assignee
            </th>
            <th scope="col" className="px-3 py-2">
              Anchor
            </th>
            <th scope="col" className="px-3 py-2">
              Gaps
            </th>
            <th scope="col" className="px-3 py-2">
              Marked
            </th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.id} className="border-t border-stone-200 align-top" data-claim-id={claim.id}>
              {isSelectable ? (
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    name="claimIds"
                    value={claim.id}
                    form={BULK_ASSIGN_FORM}
                    aria-label={`Select “${claim.selector.exact}”`}
                  />
                </td>
              ) : null}
              <td className="px-3 py-2">
                <Link
                  href={`/documents/${claim.documentId}#claim-${claim.id}`}
                  className="font-serif text-sky-900 hover:underline"
                >
                  “{claim.selector.exact}”
                </Link>
              </td>
              <td className="px-3 py-2">
                <p>{claim.claimText}</p>
                {claim.claimant ? <p className="text-xs text-stone-500">Claimed by {claim.claimant}</p> : null}
                {claim.snippet ? (
                  <div className="mt-1 border-l-2 border-amber-300 pl-2">
                    <MatchSnippet snippet={claim.snippet} />
                  </div>
                ) : null}
              </td>
              <td className="px-3 py-2">{claim.documentTitle}</td>
              <td className="px-3 py-2 whitespace-nowrap">{statusLabels[claim.status]}</td>
              <td className="px-3 py-2">
                {resolutionText(claim, scale)}
                {claim.isFlagged ? <p className="text-xs text-amber-800">⚑ Flagged</p> : null}
              </td>
              <td className="px-3 py-2">
                {claim.assigneeId ? (memberNames.get(claim.assigneeId) ?? "A former member") : "—"}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{anchorLabels[claim.anchorStatus]}</td>
              <td className="px-3 py-2">
                {claim.gaps.length === 0 ? (
                  "—"
                ) : (
                  <ul className="flex flex-col gap-0.5">
                    {claim.gaps.map((g) => (
                      <li key={g.kind} title={g.detail}>
                        {gapLabels.get(g.kind) ?? g.kind}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                <time dateTime={claim.createdAt}>{claim.createdAt.slice(0, 10)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
