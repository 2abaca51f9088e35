import type { Metadata } from "next";
import Link from "next/link";
import { BulkAssignForm } from "@/components/explorer/bulk-assign-form";
import { ClaimsTable } from "@/components/explorer/claims-table";
import { ExplorerFilters, type ExplorerValues } from "@/components/explorer/explorer-filters";
import { claimSearchParamNames, type ClaimSort, type SortOrder } from "@/lib/validation/claim-search";
import { openClaimsExplorer } from "@/services/open-claims-explorer";
import { load } from "../../../_lib/load";
import { requireSessionActor } from "../../../_lib/session";
import { assignClaimsAction } from "./actions";
import { ProjectBreadcrumb } from "@/components/projects/project-breadcrumb";

export const metadata: Metadata = { title: "Claims" };

type Query = Partial<Record<string, string | string[]>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function sortDescription(sort: ClaimSort, order: SortOrder): string {
  const reversed = order === "desc";
  switch (sort) {
    case "relevance":
      return "best match first";
    case "marked":
      return reversed ? "newest first" : "oldest first";
    case "document":
      return reversed ? "by document, Z to A" : "by document";
    case "status":
      return reversed ? "resolved first" : "open first";
    case "rating":
      return reversed ? "by resolved rating, unresolved first" : "by resolved rating";
  }
}

/** The explorer's address for `values` (blank ones left out), in the parameters' own order. */
function explorerHref(projectId: string, values: ExplorerValues): string {
  const search = new URLSearchParams();
  for (const name of claimSearchParamNames) {
    const value = values[name];
    if (value !== undefined && value.trim() !== "") search.set(name, value);
  }
  return `/projects/${projectId}/claims${search.size > 0 ? `?${search}` : ""}`;
}

export default async function ClaimsExplorerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const values: ExplorerValues = {};
  for (const name of claimSearchParamNames) {
    const value = first(query[name]);
    if (value !== undefined) values[name] = value;
  }
  const here = explorerHref(id, values);
  const actor = await requireSessionActor(here);
  const explorer = load(() => openClaimsExplorer(actor, id, values), here);
  const { project, result, errors } = explorer;
  const isFiltered = claimSearchParamNames.some(
    (name) => name !== "sort" && name !== "order" && name !== "cursor" && values[name]?.trim(),
  );

  return (
    <div>
      <ProjectBreadcrumb project={{ id, name: project.name }} />
      <h1 className="mb-1 text-2xl font-semibold">Claims</h1>
      <p className="mb-6 text-sm text-stone-600">
        Every claim of the project&apos;s documents
        {explorer.isBlindToOthers
          ? "; under blind review, other reviewers' ratings and rationales count only on the claims you have rated"
          : ""}
        .
      </p>

      <ExplorerFilters
        projectId={id}
        values={values}
        errors={errors}
        scale={project.ratingScale}
        members={explorer.members}
        documents={explorer.documents}
      />

      {errors ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {errors.cursor ? (
            <>
              This page link does not continue this listing.{" "}
              <Link href={explorerHref(id, { ...values, cursor: undefined })} className="underline">
                Start from the first page
              </Link>
              .
            </>
          ) : (
            "Some of the filters are not valid; correct them and search again."
          )}
        </p>
      ) : result && result.claims.length === 0 ? (
        <p role="status" className="text-stone-700">
          {isFiltered ? "No claim matches." : "No claims yet."}
        </p>
      ) : result ? (
        <>
          <p role="status" className="mb-2 text-sm text-stone-600">
            {result.claims.length} {result.claims.length === 1 ? "claim" : "claims"}
            {values.cursor ? " on this page" : result.nextCursor ? " on the first page" : ""},{" "}
            {sortDescription(explorer.sort, explorer.order)}.
          </p>
          {explorer.canAssign ? (
            <BulkAssignForm action={assignClaimsAction.bind(null, id)} assignees={explorer.assignees} />
          ) : null}
          <ClaimsTable
            claims={result.claims}
            scale={project.ratingScale}
            memberNames={new Map(explorer.members.map((m) => [m.userId, m.name]))}
            isSelectable={explorer.canAssign}
          />
          <nav aria-label="Pages" className="mt-4 flex gap-4">
            {values.cursor ? (
              <Link href={explorerHref(id, { ...values, cursor: undefined })} className="text-sky-800 underline">
                First page
              </Link>
            ) : null}
            {result.nextCursor ? (
              <Link
                href={explorerHref(id, { ...values, cursor: result.nextCursor })}
                className="text-sky-800 underline"
              >
                Next page
              </Link>
            ) : null}
          </nav>
        </>
      ) : null}
    </div>
  );
}
