import type { DocumentStats, ProjectAgreement } from "@/lib/stats/types";
import { alphaBrief, alphaInWords } from "./agreement-words";
import { decimal } from "./format";

/**
 * Agreement between reviewers in words and tables: Krippendorff's alpha at both levels, each
 * pair of reviewers, and each document. Printed, not linked: the claims explorer has no filter
 * for "rated by two or more reviewers", so no link could list exactly the claims behind them.
 */
export function AgreementSection({
  agreement,
  documents,
}: {
  agreement: ProjectAgreement;
  documents: DocumentStats[];
}) {
  return (
    <div className="grid gap-6">
      <dl className="grid gap-4 rounded border border-stone-200 bg-white p-4 text-sm md:grid-cols-2">
        <div>
          <dt className="font-semibold">Ordinal alpha</dt>
          <dd className="mt-1 text-stone-600">
            Compares the ratings that have a number by their order, so a near miss counts less than a far one.
          </dd>
          <dd className="mt-2" data-testid="alpha-ordinal">
            {alphaInWords("ordinal", agreement.ordinal)}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Nominal alpha</dt>
          <dd className="mt-1 text-stone-600">
            Counts every rating as its own category: only identical ratings agree.
          </dd>
          <dd className="mt-2" data-testid="alpha-nominal">
            {alphaInWords("nominal", agreement.nominal)}
          </dd>
        </div>
      </dl>

      <div>
        <h3 className="mb-2 font-semibold">Between each two reviewers</h3>
        {agreement.pairs.length === 0 ? (
          <p className="text-sm text-stone-700">No two reviewers have both given verdicts yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse rounded border border-stone-200 bg-white text-left text-sm">
              <caption className="sr-only">Agreement between each two reviewers</caption>
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Reviewers
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Claims both rated
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Same rating
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Share agreed
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Cohen&apos;s kappa
                  </th>
                </tr>
              </thead>
              <tbody>
                {agreement.pairs.map((p) => (
                  <tr key={`${p.reviewers[0].userId}:${p.reviewers[1].userId}`} className="border-t border-stone-200">
                    <th scope="row" className="px-3 py-1.5 font-normal">
                      {p.reviewers[0].name} and {p.reviewers[1].name}
                    </th>
                    <td className="px-3 py-1.5 text-right tabular-nums">{p.claimsBothRated}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{p.claimsAgreed}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">
                      {p.shareAgreed === null ? "no claim in common" : `${Math.round(p.shareAgreed * 100)}%`}
                    </td>
                    <td className="px-3 py-1.5 text-right tabular-nums">
                      {p.kappa === null ? "not defined" : decimal(p.kappa)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-2 text-xs text-stone-600">
          Kappa corrects the share agreed for the agreement chance alone would give; it is not defined when the two
          rated no claim in common, or gave one and the same rating throughout.
        </p>
      </div>

      {documents.length > 0 ? (
        <div>
          <h3 className="mb-2 font-semibold">By document</h3>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse rounded border border-stone-200 bg-white text-left text-sm">
              <caption className="sr-only">Agreement by document</caption>
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Document
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Ordinal alpha
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Nominal alpha
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Claims counted
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Left out
                  </th>
                </tr>
              </thead>
              <tbody>
                {documents.map((d) => (
                  <tr key={d.documentId} className="border-t border-stone-200">
                    <th scope="row" className="px-3 py-1.5 font-normal">
                      {d.title}
                    </th>
                    <td className="px-3 py-1.5 text-right tabular-nums">{alphaBrief(d.agreement.ordinal)}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{alphaBrief(d.agreement.nominal)}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{d.agreement.claimsCounted}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{d.agreement.claimsLeftOut}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </div>
  );
}
