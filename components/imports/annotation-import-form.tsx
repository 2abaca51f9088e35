"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import type {
  AnnotationImportReason,
  AnnotationImportResult,
  AnnotationImportRow,
} from "@/lib/import/annotations/types";
import { MAX_UPLOAD_BYTES } from "@/lib/import/upload";
import { Field } from "../ui/field";
import { FormAlert, fieldErrorsOf } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

type Action = (state: FormState<AnnotationImportResult>, form: FormData) => Promise<FormState<AnnotationImportResult>>;

const reasons: Record<AnnotationImportReason, string> = {
  "quote-not-found": "quote not found",
  ambiguous: "ambiguous",
  malformed: "malformed",
  "already-imported": "already imported",
  "parent-not-imported": "reply to an annotation not imported",
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function rowLabel(row: AnnotationImportRow): string {
  return `Annotation ${row.index + 1}${row.annotationId ? ` (${row.annotationId})` : ""}`;
}

function ImportReport({ result }: { result: AnnotationImportResult }) {
  const made = result.results.filter((r) => r.kind === "claim" && !r.reason && r.claimId);
  const refused = result.results.filter((r) => r.reason && r.reason !== "already-imported");
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
        {plural(result.created, "claim", "claims")} created, {result.notAnchored} not anchored,{" "}
        {plural(result.replies, "reply", "replies")} added
        {result.skipped > 0 ? `, ${result.skipped} already imported` : ""} (
        {result.format === "hypothesis" ? "Hypothesis" : "Web Annotation"} file).
      </p>
      {refused.length > 0 ? (
        <div>
          <h3 className="font-medium text-stone-800">Not anchored</h3>
          <ul className="list-disc pl-5 text-stone-700">
            {refused.map((row) => (
              <li key={row.index}>
                {rowLabel(row)}: <strong>{reasons[row.reason!]}</strong>
                {row.message ? ` — ${row.message}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {made.length > 0 ? (
        <div>
          <h3 className="font-medium text-stone-800">Created</h3>
          <ul className="list-disc pl-5 text-stone-700">
            {made.map((row) => (
              <li key={row.index}>
                <a href={`#claim-${row.claimId}`} className="text-sky-800 underline">
                  {rowLabel(row)}
                </a>
                : anchored {row.anchorStatus}
                {row.anchorStatus === "fuzzy" ? " (approximately: check it)" : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function Problems({ state }: { state: FormState<AnnotationImportResult> }) {
  if (!state || state.ok || !state.error.fields) return null;
  const problems = Object.entries(state.error.fields).filter(([path]) => path !== "file");
  if (problems.length === 0) return null;
  return (
    <ul aria-label="Problems in the file" className="list-disc pl-5 text-sm text-red-800">
      {problems.flatMap(([path, messages]) =>
        messages.map((message, i) => (
          <li key={`${path}-${i}`}>
            <code>{path === "_" ? "the file" : path}</code>: {message}
          </li>
        )),
      )}
    </ul>
  );
}

/**
 * Uploads an annotation file into the document: W3C Web Annotations (an AnnotationPage, an
 * array, or one Annotation) or a Hypothesis export, and reports what came of each annotation.
 */
export function AnnotationImportForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <section
      aria-labelledby="annotation-import-heading"
      className="mt-8 flex flex-col gap-3 rounded border border-stone-200 bg-white p-4"
    >
      <h2 id="annotation-import-heading" className="text-lg font-semibold">
        Import annotations
      </h2>
      <form action={formAction} className="flex flex-col gap-3" noValidate>
        <FormAlert state={state} />
        <Problems state={state} />
        <Field
          label="Annotation file"
          name="file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          hint="W3C Web Annotations (JSON-LD) or a Hypothesis export (.json), at most 10 MiB. Each annotation becomes a claim where its quote is found; importing a file again adds only what is new."
          errors={fieldErrorsOf(state, "file")}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            const tooLarge = !!file && file.size > MAX_UPLOAD_BYTES;
            input.setCustomValidity(tooLarge ? "The file is larger than 10 MiB; choose a smaller one." : "");
            input.reportValidity();
            if (tooLarge) input.value = "";
          }}
        />
        <div>
          <SubmitButton pendingLabel="Importing…">Import annotations</SubmitButton>
        </div>
      </form>
      {state?.ok ? <ImportReport result={state.data} /> : null}
    </section>
  );
}
