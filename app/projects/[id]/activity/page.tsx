import type { Metadata } from "next";
import Link from "next/link";
import { SelectField } from "@/components/ui/field";
import { activityKinds } from "@/lib/claims/activity";
import { claimHref } from "@/lib/claims/queue";
import { activityFilterSchema } from "@/lib/validation/activity";
import { listProjectActivity } from "@/services/list-project-activity";
import { load } from "../../../_lib/load";
import { requireSessionActor } from "../../../_lib/session";
import { ProjectBreadcrumb } from "@/components/projects/project-breadcrumb";

export const metadata: Metadata = { title: "Activity" };

type Query = Partial<Record<string, string | string[]>>;
const names = ["person", "documentId", "kind", "before"] as const;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}) {
  const { id } = await params;
  const query = await searchParams;
  // A value nobody offered (a hand-edited URL) is left out rather than refused.
  const raw: Partial<Record<(typeof names)[number], string>> = {};
  for (const name of names) {
    const value = first(query[name]);
    if (value && activityFilterSchema.shape[name].safeParse(value).success) raw[name] = value;
  }
  const hrefWith = (values: Partial<Record<(typeof names)[number], string | null>>) => {
    const search = new URLSearchParams();
    for (const name of names) {
      const value = name in values ? values[name] : raw[name];
      if (value) search.set(name, value);
    }
    return `/projects/${id}/activity${search.size > 0 ? `?${search}` : ""}`;
  };
  const actor = await requireSessionActor(hrefWith({}));
  const activity = load(() => listProjectActivity(actor, id, raw));
  const { project, filter, entries, people, documents } = activity;
  const isFiltered = filter.person !== null || filter.documentId !== null || filter.kind !== null;

  return (
    <div>
      <ProjectBreadcrumb project={{ id, name: project.name }} />
      <h1 className="mb-1 text-2xl font-semibold">Activity</h1>
      <p className="mb-6 text-sm text-stone-600">
        Everything done in the project, newest first. Under blind review, ratings you may not see yet are not named.
      </p>

      <form
        method="get"
        action={`/projects/${id}/activity`}
        role="search"
        aria-label="Filter activity"
        className="mb-6 flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-4"
      >
        <SelectField
          label="Person"
          name="person"
          defaultValue={filter.person ?? ""}
          options={[{ value: "", label: "Everyone" }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
        />
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
          options={[
            { value: "", label: "Everything" },
            ...activityKinds.map((k) => ({ value: k.kind, label: k.label })),
          ]}
        />
        <button type="submit" className="rounded bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900">
          Filter
        </button>
        {isFiltered ? (
          <Link href={`/projects/${id}/activity`} className="py-2 text-sky-800 underline">
            Clear filter
          </Link>
        ) : null}
      </form>

      {entries.length === 0 ? (
        <p role="status" className="text-stone-700">
          {isFiltered ? "Nothing matches." : "Nothing has happened yet."}
        </p>
      ) : (
        <ol aria-label="Activity" className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {entries.map((e) => (
            <li key={e.id} className="flex flex-wrap items-baseline gap-x-3 px-4 py-2 text-sm">
              <time dateTime={e.createdAt} className="w-36 shrink-0 tabular-nums text-stone-500">
                {when(e.createdAt)}
              </time>
              <span className="flex-1">{e.summary}</span>
              <span className="flex gap-3 text-xs">
                {e.claimId && e.documentId ? (
                  <Link
                    href={claimHref({ id: e.claimId, documentId: e.documentId })}
                    className="text-sky-800 underline"
                  >
                    Claim
                  </Link>
                ) : null}
                {e.documentId ? (
                  <Link href={`/documents/${e.documentId}`} className="text-sky-800 underline">
                    {e.documentTitle}
                  </Link>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-4">
        {raw.before ? (
          <Link href={hrefWith({ before: null })} className="text-sky-800 underline">
            Newest
          </Link>
        ) : null}
        {activity.nextBefore !== null ? (
          <Link href={hrefWith({ before: String(activity.nextBefore) })} className="text-sky-800 underline">
            Older
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
