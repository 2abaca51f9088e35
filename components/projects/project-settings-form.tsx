"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { Rating } from "@/lib/ratings";
import { SaveErrorMessage, useSave } from "../workspace/use-save";
import { buttonClass, inputClass } from "../workspace/ui";
import { RatingScaleEditor, scaleToSave, type EditableRating, type RatingUses } from "./rating-scale-editor";
import { RatingScalePreview } from "./rating-scale-preview";

export type ProjectSettings = {
  name: string;
  organizationName: string | null;
  organizationUrl: string | null;
  blindReview: boolean;
  ratingScale: Rating[];
  version: number;
};

function editable(scale: Rating[]): EditableRating[] {
  return scale.map((r) => ({ ...r, rowId: `key-${r.key}`, rowName: `Rating “${r.label}”`, isNew: false }));
}

/**
 * A project's settings, for editors: its name, its organisation (the publisher its ClaimReview
 * export names), blind review, and its rating scale with a preview. Saved as one change with the
 * version the page was loaded at; a change made meanwhile is refused (412) and can be reloaded.
 */
export function ProjectSettingsForm({
  action,
  settings,
  ratingUses,
}: {
  action: (value: unknown) => Promise<ActionResult<{ version: number; ratingScale: Rating[] }>>;
  settings: ProjectSettings;
  ratingUses: RatingUses;
}) {
  const id = useId();
  const router = useRouter();
  const [version, setVersion] = useState(settings.version);
  const [name, setName] = useState(settings.name);
  const [organizationName, setOrganizationName] = useState(settings.organizationName ?? "");
  const [organizationUrl, setOrganizationUrl] = useState(settings.organizationUrl ?? "");
  const [blindReview, setBlindReview] = useState(settings.blindReview);
  const [rows, setRows] = useState(() => editable(settings.ratingScale));
  const [isSaved, setIsSaved] = useState(false);
  const save = useSave();
  const fields = save.error?.fields;
  const scale = scaleToSave(rows);

  return (
    <form
      aria-label="Project settings"
      className="flex max-w-4xl flex-col gap-6"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setIsSaved(false);
        save.run(
          () => action({ version, name, organizationName, organizationUrl, blindReview, ratingScale: scale }),
          (project) => {
            setVersion(project.version);
            setRows(editable(project.ratingScale));
            setIsSaved(true);
            router.refresh();
          },
        );
      }}
    >
      <section aria-labelledby={`${id}-general`} className="flex flex-col gap-3">
        <h2 id={`${id}-general`} className="text-lg font-semibold">
          The project
        </h2>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-name`} className="text-sm font-medium text-stone-800">
            Project name
          </label>
          <input
            id={`${id}-name`}
            className={inputClass}
            value={name}
            required
            aria-invalid={fields?.name ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-org`} className="text-sm font-medium text-stone-800">
            Organisation
          </label>
          <input
            id={`${id}-org`}
            className={inputClass}
            value={organizationName}
            aria-describedby={`${id}-org-hint`}
            onChange={(e) => setOrganizationName(e.target.value)}
          />
          <p id={`${id}-org-hint`} className="text-xs text-stone-500">
            The desk that publishes these verdicts: the author of the ClaimReview export.
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-org-url`} className="text-sm font-medium text-stone-800">
            Organisation website
          </label>
          <input
            id={`${id}-org-url`}
            type="url"
            className={inputClass}
            value={organizationUrl}
            placeholder="https://"
            onChange={(e) => setOrganizationUrl(e.target.value)}
          />
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1"
            checked={blindReview}
            onChange={(e) => setBlindReview(e.target.checked)}
          />
          <span>
            <span className="font-medium">Blind review</span>
            <span className="block text-stone-600">
              A reviewer sees the other reviewers&apos; ratings of a claim, and its resolution, only once they have
              given their own.
            </span>
          </span>
        </label>
      </section>

      <section aria-labelledby={`${id}-scale`} className="flex flex-col gap-3">
        <h2 id={`${id}-scale`} className="text-lg font-semibold">
          Rating scale
        </h2>
        <p className="text-sm text-stone-600">
          In the order reviewers choose from. Numbers are ClaimReview&apos;s rating (5 best, 1 worst); a rating with
          none (misleading, unproven) is published without one. Renaming a rating renames it everywhere it was given.
        </p>
        <RatingScaleEditor rows={rows} uses={ratingUses} errors={fields} onChange={setRows} />
        <RatingScalePreview scale={scale} />
      </section>

      <SaveErrorMessage
        error={save.error}
        onReload={() => window.location.reload()}
        reloadLabel="Reload the settings (your changes here will be lost)"
      />
      {isSaved && !save.isPending && !save.error ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Settings saved.
        </p>
      ) : null}
      <div>
        <button type="submit" className={buttonClass} disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
