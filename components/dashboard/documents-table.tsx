import Link from "next/link";
import type { Rating } from "@/lib/ratings";
import { claimsExplorerHref } from "@/lib/stats/claims-explorer-href";
import type { DocumentStats } from "@/lib/stats/types";
import { FigureLink } from "./figure-link";

/**
 * Each document with its claims counted, in all and by resolved rating; every count links to its
 * claims, except under a rating no longer on the scale (`onScale` false), which the explorer
 * does not filter by.
 */
export function DocumentsTable({
  projectId,
  ratings,
  onScale,
  documents,
}: {
  projectId: string;
  ratings: Rating[];
  onScale: (key: string) => boolean;
  documents: DocumentStats[];
}) {
  if (documents.length === 0) return <p className="text-stone-700">No documents yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse rounded border border-stone-200 bg-white text-left text-sm">
        <caption className="sr-only">Documents with their claims counted by resolved rating</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Document
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Claims
            </th>
            {ratings.map((r) => (
              <th key={r.key} scope="col" className="px-3 py-2 text-right">
                {r.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.documentId} className="border-t border-stone-200">
              <th scope="row" className="px-3 py-1.5 font-normal">
                <Link href={`/documents/${d.documentId}`} className="text-sky-900 hover:underline">
                  {d.title}
                </Link>
              </th>
              <td className="px-3 py-1.5 text-right tabular-nums">
                <FigureLink
                  href={claimsExplorerHref(projectId, { documentId: d.documentId })}
                  n={d.claims}
                  label={`${d.title}, claims: ${d.claims}`}
                />
              </td>
              {ratings.map((r) => {
                const n = d.resolutions[r.key] ?? 0;
                return (
                  <td key={r.key} className="px-3 py-1.5 text-right tabular-nums">
                    <FigureLink
                      href={
                        onScale(r.key)
                          ? claimsExplorerHref(projectId, { documentId: d.documentId, rating: r.key })
                          : null
                      }
                      n={n}
                      label={`${d.title}, resolved ${r.label}: ${n}`}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
