import type { Metadata } from "next";
import Link from "next/link";
import { SelectField } from "@/components/ui/field";
import { gapKinds } from "@/lib/gaps/gap-kinds";
import { gapFilterSchema } from "@/lib/validation/gaps";
import { listProjectGaps, type GapClaim } from "@/services/list-project-gaps";
import { load } from "../../../_lib/load";
import { requireSessionActor } from "../../../_lib/session";
import { ProjectBreadcrumb } from "@/components/projects/project-breadcrumb";

export const metadata: Metadata = { title: "Sourcing gaps" };

type Query = { kind?: string | string[]; documentId?: string | string[] };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const claimsCount = (n: number) => `${n} ${n === 1 ? "claim" : "claims"}`;

function resolutionText(claim: GapClaim): string {
  if (claim.resolution) return claim.resolution.label;
  return claim.status === "resolved" ? "Hidden until you give your verdict" : "Not resolved";
}

export default async function GapsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const raw = { kind: first(query.kind) ?? null, documentId: first(query.documentId) ?? null };
  const search = new URLSearchParams();
  if (raw.documentId) search.set("documentId", raw.documentId);
  if (raw.kind) search.set("kind", raw.kind);
  const actor = await requireSessionActor(`/projects/${id}/gaps${search.size > 0 ? `?${search}` : ""}`);
  // A kind nobody offered (a hand-edited URL) is said so, and the list shown without it.
  const isKindValid = gapFilterSchema.shape.kind.safeParse(raw.kind).success;
  const { project, filter, counts, gaps, claims, documents } = load(() =>
    listProjectGaps(actor, id, { kind: isKindValid ? raw.kind : null, documentId: raw.documentId }),
  );
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const shownKinds = gapKinds.filter((k) => filter.kind === null || k.kind === filter.kind);
  const total = gaps.length;

  return (
    <div>
      <ProjectBreadcrumb project={{ id, name: project.name }} />
      <h1 className="mb-1 text-2xl font-semibold">Sourcing gaps</h1>
      <p className="mb-6 text-sm text-stone-600">
        {total} {total === 1 ? "gap" : "gaps"} on {claimsCount(claims.length)}
        {filter.documentId
          ? ` in “${documents.find((d) => d.id === filter.documentId)?.title ?? ""}”`
          : " across every document"}
        .
      </p>

      <form
        method="get"
        action={`/projects/${id}/gaps`}
        role="search"
        aria-label="Filter gaps"
        className="mb-8 flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-4"
      >
        <SelectField
          label="Document"
          name="documentId"
          defaultValue={filter.documentId ?? ""}
          options={[{ value: "", label: "All documents" }, ...documents.map((d) => ({ value: d.id, label: d.title }))]}
        />
        <SelectField
          label="Kind"
          name="kind"
          defaultValue={filter.kind ?? ""}
          errors={isKindValid ? undefined : [`“${raw.kind}” is not a kind of gap; showing every kind.`]}
          options={[{ value: "", label: "All kinds" }, ...gapKinds.map((k) => ({ value: k.kind, label: k.label }))]}
        />
        <button type="submit" className="rounded bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900">
          Filter
        </button>
        {filter.kind || filter.documentId || !isKindValid ? (
          <Link href={`/projects/${id}/gaps`} className="py-2 text-sky-800 underline">
            Clear filter
          </Link>
        ) : null}
      </form>

      <div className="flex flex-col gap-8">
        {shownKinds.map(({ kind, label, explanation }) => {
          const ofKind = gaps.filter((g) => g.kind === kind);
          return (
            <section key={kind} id={kind} aria-labelledby={`${kind}-label`}>
              <h2 className="text-lg font-semibold">
                <span id={`${kind}-label`}>{label}</span>{" "}
                <span className="text-base font-normal text-stone-600">({claimsCount(counts[kind])})</span>
              </h2>
              <p className="mb-3 text-sm text-stone-600">{explanation}</p>
              {ofKind.length === 0 ? (
                <p className="text-sm text-stone-700">No claims.</p>
              ) : (
                <table className="w-full border-collapse rounded border border-stone-200 bg-white text-left text-sm">
                  <caption className="sr-only">Claims with the gap “{label}”</caption>
                  <thead className="bg-stone-100">
                    <tr>
                      <th scope="col" className="px-3 py-2">
                        Claim
                      </th>
                      <th scope="col" className="px-3 py-2">
                        Document
                      </th>
                      <th scope="col" className="px-3 py-2">
                        Resolution
                      </th>
                      <th scope="col" className="px-3 py-2">
                        Found
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {ofKind.map((gap) => {
                      const claim = claimById.get(gap.claimId);
                      if (!claim) return null;
                      return (
                        <tr key={gap.claimId} className="border-t border-stone-200 align-top">
                          <td className="px-3 py-2">
                            <Link
                              href={`/documents/${claim.documentId}#claim-${claim.id}`}
                              className="font-serif text-sky-900 hover:underline"
                            >
                              “{claim.quote}”
                            </Link>
                          </td>
                          <td className="px-3 py-2">{claim.documentTitle}</td>
                          <td className="px-3 py-2">{resolutionText(claim)}</td>
                          <td className="px-3 py-2 text-stone-700">{gap.detail}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
