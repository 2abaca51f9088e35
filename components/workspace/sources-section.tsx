"use client";

import { useId, useState } from "react";
import { credibilities, sourceKinds, stances, type ClaimView, type SourceView } from "@/lib/claims/types";
import { Labeled, Section, buttonClass, inputClass, quietButtonClass } from "./ui";
import { SaveErrorMessage, useSave } from "./use-save";
import type { WorkspaceActions } from "./workspace-actions";

const human = (key: string) => key.replace(/-/g, " ");

const emptyForm = {
  url: "",
  title: "",
  publisher: "",
  author: "",
  publishedAt: "",
  accessedAt: "",
  archivedUrl: "",
  kind: "news-report",
  stance: "supports",
  credibility: "undetermined",
  excerpt: "",
};
type SourceForm = typeof emptyForm;

function formOf(s: SourceView): SourceForm {
  return {
    url: s.url,
    title: s.title ?? "",
    publisher: s.publisher ?? "",
    author: s.author ?? "",
    publishedAt: s.publishedAt ?? "",
    accessedAt: s.accessedAt ?? "",
    archivedUrl: s.archivedUrl ?? "",
    kind: s.kind,
    stance: s.stance,
    credibility: s.credibility,
    excerpt: s.excerpt ?? "",
  };
}

function SourceFields({
  form,
  setForm,
  idPrefix,
}: {
  form: SourceForm;
  setForm: (f: SourceForm) => void;
  idPrefix: string;
}) {
  const field = (name: keyof SourceForm, label: string, type = "text") => (
    <Labeled label={label} htmlFor={`${idPrefix}-${name}`}>
      <input
        id={`${idPrefix}-${name}`}
        type={type}
        className={inputClass}
        value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </Labeled>
  );
  const select = (name: "kind" | "stance" | "credibility", label: string, options: readonly string[]) => (
    <Labeled label={label} htmlFor={`${idPrefix}-${name}`}>
      <select
        id={`${idPrefix}-${name}`}
        className={inputClass}
        value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {human(o)}
          </option>
        ))}
      </select>
    </Labeled>
  );
  return (
    <>
      {field("url", "Source URL", "url")}
      {field("title", "Source title")}
      <div className="grid grid-cols-2 gap-2">
        {field("publisher", "Publisher")}
        {field("author", "Author")}
        {field("publishedAt", "Published", "date")}
        {field("accessedAt", "Accessed", "date")}
        {select("kind", "Kind", sourceKinds)}
        {select("stance", "Stance", stances)}
        {select("credibility", "Credibility", credibilities)}
      </div>
      {field("archivedUrl", "Archived copy URL", "url")}
      <Labeled label="Excerpt" htmlFor={`${idPrefix}-excerpt`}>
        <textarea
          id={`${idPrefix}-excerpt`}
          className={inputClass}
          rows={2}
          value={form.excerpt}
          onChange={(e) => setForm({ ...form, excerpt: e.target.value })}
        />
      </Labeled>
    </>
  );
}

function SourceItem({
  claim,
  source,
  canEdit,
  actions,
  onChanged,
}: {
  claim: ClaimView;
  source: SourceView;
  canEdit: boolean;
  actions: WorkspaceActions;
  onChanged: (c: ClaimView) => void;
}) {
  const id = useId();
  const [isEditing, setEditing] = useState(false);
  const [form, setForm] = useState(formOf(source));
  // What the form was opened on: only fields changed from it are sent, with its version, so a
  // change made meanwhile by someone else is refused rather than overwritten.
  const [base, setBase] = useState({ form: formOf(source), version: source.version });
  const save = useSave();
  const startEditing = () => {
    const current = formOf(source);
    setForm(current);
    setBase({ form: current, version: source.version });
    setEditing(true);
  };
  return (
    <li className="rounded bg-stone-50 p-2 text-sm">
      <a
        href={source.url}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="break-all font-medium text-sky-800 underline"
      >
        {source.title ?? source.url}
      </a>
      <p className="text-xs text-stone-600">
        {[
          source.publisher,
          source.author,
          source.publishedAt,
          human(source.kind),
          `${human(source.stance)}`,
          `credibility: ${human(source.credibility)}`,
        ]
          .filter(Boolean)
          .join(" · ")}
        {source.accessedAt ? ` · accessed ${source.accessedAt}` : ""}
        {source.archivedUrl ? (
          <>
            {" · "}
            <a href={source.archivedUrl} target="_blank" rel="noopener noreferrer nofollow" className="underline">
              archived copy
            </a>
          </>
        ) : null}
      </p>
      {source.excerpt ? (
        <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 italic text-stone-700">
          {source.excerpt}
        </blockquote>
      ) : null}
      {canEdit && !isEditing ? (
        <div className="mt-1 flex gap-2">
          <button type="button" className="text-xs underline" onClick={startEditing}>
            Edit
          </button>
          <button
            type="button"
            className="text-xs text-red-800 underline"
            disabled={save.isPending}
            onClick={() => save.run(() => actions.removeCitation(claim.id, source.id, source.version), onChanged)}
          >
            Remove
          </button>
        </div>
      ) : null}
      {isEditing ? (
        <form
          className="mt-2 flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const changed = Object.fromEntries(
              Object.entries(form).filter(([key, value]) => base.form[key as keyof SourceForm] !== value),
            );
            save.run(
              () => actions.editCitation(claim.id, source.id, base.version, changed),
              (c) => {
                setEditing(false);
                onChanged(c);
              },
            );
          }}
        >
          <SourceFields form={form} setForm={setForm} idPrefix={id} />
          <div className="flex gap-2">
            <button type="submit" className={buttonClass} disabled={save.isPending}>
              Save source
            </button>
            <button type="button" className={quietButtonClass} onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      <SaveErrorMessage
        error={save.error}
        onReload={() =>
          save.run(
            () => actions.getClaim(claim.id),
            (fresh) => {
              const latest = fresh.sources.find((x) => x.id === source.id);
              if (latest) setBase({ form: base.form, version: latest.version });
              onChanged(fresh);
            },
          )
        }
      />
    </li>
  );
}

export function SourcesSection({
  claim,
  canEdit,
  actions,
  onChanged,
}: {
  claim: ClaimView;
  canEdit: boolean;
  actions: WorkspaceActions;
  onChanged: (c: ClaimView) => void;
}) {
  const id = useId();
  const [form, setForm] = useState(emptyForm);
  const [isAdding, setAdding] = useState(false);
  const save = useSave();
  return (
    <Section title="Sources">
      {claim.sources.length === 0 ? <p className="mb-2 text-sm text-stone-600">No source cited yet.</p> : null}
      <ul className="mb-2 flex flex-col gap-2">
        {claim.sources.map((s) => (
          <SourceItem key={s.id} claim={claim} source={s} canEdit={canEdit} actions={actions} onChanged={onChanged} />
        ))}
      </ul>
      {canEdit && !isAdding ? (
        <button type="button" className={quietButtonClass} onClick={() => setAdding(true)}>
          Add source
        </button>
      ) : null}
      {isAdding ? (
        <form
          className="flex flex-col gap-2"
          aria-label="Add source"
          onSubmit={(e) => {
            e.preventDefault();
            save.run(
              () => actions.citeSource(claim.id, form),
              (c) => {
                setForm(emptyForm);
                setAdding(false);
                onChanged(c);
              },
            );
          }}
        >
          <SourceFields form={form} setForm={setForm} idPrefix={id} />
          <SaveErrorMessage error={save.error} />
          <div className="flex gap-2">
            <button type="submit" className={buttonClass} disabled={save.isPending || form.url.trim() === ""}>
              {save.isPending ? "Saving…" : "Save source"}
            </button>
            <button type="button" className={quietButtonClass} onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </Section>
  );
}
