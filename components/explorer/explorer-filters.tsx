import Link from "next/link";
import { anchorStatuses } from "@/lib/anchoring/types";
import { claimStatuses, type MemberView } from "@/lib/claims/types";
import type { FieldErrors } from "@/lib/errors";
import { gapKinds } from "@/lib/gaps/gap-kinds";
import type { Rating } from "@/lib/ratings";
import type { claimSearchParamNames } from "@/lib/validation/claim-search";
import { Field, SelectField } from "../ui/field";
import { anchorLabels, statusLabels } from "./claims-table";

export type ExplorerValues = Partial<Record<(typeof claimSearchParamNames)[number], string>>;

const any = (label: string) => ({ value: "", label });

/**
 * The explorer's filters as a GET form: submitting it puts the whole view in the URL (and
 * starts again from the first page), so a view can be bookmarked and shared.
 */
export function ExplorerFilters({
  projectId,
  values,
  errors,
  scale,
  members,
  documents,
}: {
  projectId: string;
  values: ExplorerValues;
  errors: FieldErrors | null;
  scale: Rating[];
  members: MemberView[];
  documents: { id: string; title: string }[];
}) {
  const e = (name: string) => errors?.[name];
  const ratings = scale.map((r) => ({ value: r.key, label: r.label }));
  const people = members.map((m) => ({ value: m.userId, label: m.name }));
  return (
    <form
      method="get"
      action={`/projects/${projectId}/claims`}
      role="search"
      aria-label="Search and filter claims"
      className="mb-6 flex flex-col gap-4 rounded border border-stone-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field
            label="Search"
            name="q"
            type="search"
            defaultValue={values.q ?? ""}
            placeholder="Words of a claim, quote, claimant, rationale, comment or source title"
            hint='All words must appear; "quote a phrase"; end a word with * for its beginning.'
            errors={e("q")}
          />
        </div>
        <button type="submit" className="rounded bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900">
          Search
        </button>
        <Link href={`/projects/${projectId}/claims`} className="py-2 text-sky-800 underline">
          Clear all
        </Link>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <SelectField
          label="Resolved rating"
          name="rating"
          defaultValue={values.rating ?? ""}
          errors={e("rating")}
          options={[any("Any"), ...ratings]}
        />
        <SelectField
          label="Verdict rating"
          name="verdictRating"
          defaultValue={values.verdictRating ?? ""}
          errors={e("verdictRating")}
          options={[any("Any"), ...ratings]}
        />
        <SelectField
          label="Status"
          name="status"
          defaultValue={values.status ?? ""}
          errors={e("status")}
          options={[any("Any"), ...claimStatuses.map((s) => ({ value: s, label: statusLabels[s] }))]}
        />
        <SelectField
          label="Anchor"
          name="anchor"
          defaultValue={values.anchor ?? ""}
          errors={e("anchor")}
          options={[any("Any"), ...anchorStatuses.map((s) => ({ value: s, label: anchorLabels[s] }))]}
        />
        <SelectField
          label="Reviewer"
          name="reviewer"
          defaultValue={values.reviewer ?? ""}
          errors={e("reviewer")}
          options={[any("Anyone"), ...people]}
        />
        <SelectField
          label="Assignee"
          name="assignee"
          defaultValue={values.assignee ?? ""}
          errors={e("assignee")}
          options={[any("Anyone"), ...people]}
        />
        <SelectField
          label="Document"
          name="documentId"
          defaultValue={values.documentId ?? ""}
          errors={e("documentId")}
          options={[any("All documents"), ...documents.map((d) => ({ value: d.id, label: d.title }))]}
        />
        <SelectField
          label="Gap"
          name="gap"
          defaultValue={values.gap ?? ""}
          errors={e("gap")}
          options={[any("Any"), ...gapKinds.map((g) => ({ value: g.kind, label: g.label }))]}
        />
        <SelectField
          label="Sources"
          name="hasSource"
          defaultValue={values.hasSource ?? ""}
          errors={e("hasSource")}
          options={[any("Any"), { value: "1", label: "With a source" }, { value: "0", label: "Without a source" }]}
        />
        <Field label="Marked from" name="from" type="date" defaultValue={values.from ?? ""} errors={e("from")} />
        <Field label="Marked to" name="to" type="date" defaultValue={values.to ?? ""} errors={e("to")} />
        <div className="grid grid-cols-2 gap-2">
          <SelectField
            label="Sort by"
            name="sort"
            defaultValue={values.sort ?? ""}
            errors={e("sort")}
            options={[
              any("Usual: best match, else newest"),
              { value: "relevance", label: "Best match" },
              { value: "marked", label: "Marked date" },
              { value: "document", label: "Document" },
              { value: "status", label: "Status" },
              { value: "rating", label: "Resolved rating" },
            ]}
          />
          <SelectField
            label="Order"
            name="order"
            defaultValue={values.order ?? ""}
            errors={e("order")}
            options={[any("Usual"), { value: "asc", label: "Ascending" }, { value: "desc", label: "Descending" }]}
          />
        </div>
      </div>
    </form>
  );
}
