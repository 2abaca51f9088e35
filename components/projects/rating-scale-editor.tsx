"use client";

import { useId } from "react";
import { ratingColor, type Rating } from "@/lib/ratings";
import { inputClass, quietButtonClass } from "../workspace/ui";

/** A rating as the editor holds it while it is being changed. */
export type EditableRating = Rating & {
  /** Stable across edits, for React and for the row's name (the original label, or "New rating n"). */
  rowId: string;
  rowName: string;
  /** Added on this page: its key may still be chosen. */
  isNew: boolean;
};

export type RatingUses = Record<string, { verdicts: number; resolutions: number }>;

/** The key a new rating gets from its label, as the scale's keys are written. */
export function keyFromLabel(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

/** The scale as the API takes it, without the editor's bookkeeping. */
export function scaleToSave(rows: EditableRating[]): Rating[] {
  return rows.map(({ key, label, value, description, color, isRetired, isNew }) => {
    const rating: Rating = { key: isNew && key === "" ? keyFromLabel(label) : key, label, value };
    if (description?.trim()) rating.description = description.trim();
    if (color) rating.color = color;
    if (isRetired) rating.isRetired = true;
    return rating;
  });
}

function usesText(uses: { verdicts: number; resolutions: number } | undefined): string | null {
  if (!uses || uses.verdicts + uses.resolutions === 0) return null;
  const part = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  return `Used by ${part(uses.verdicts, "verdict")} and ${part(uses.resolutions, "resolution")}: it cannot be deleted; retire it to stop offering it.`;
}

/**
 * The rating scale, one row per rating in its order: label, key (chosen only for a new rating:
 * verdicts store it), number (ClaimReview's 1–5, or none), colour, description, retired; move
 * up and down, delete (not a rating in use), add.
 */
export function RatingScaleEditor({
  rows,
  uses,
  errors,
  onChange,
}: {
  rows: EditableRating[];
  uses: RatingUses;
  /** Field errors of the last save, by path (`ratingScale.2.label`, `ratingScale.<key>`). */
  errors: Record<string, string[]> | undefined;
  onChange: (rows: EditableRating[]) => void;
}) {
  const id = useId();
  const update = (i: number, changes: Partial<EditableRating>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...changes } : r)));
  const move = (i: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(i, 1);
    next.splice(i + by, 0, row!);
    onChange(next);
  };
  const newCount = rows.filter((r) => r.isNew).length;
  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-3">
        {rows.map((r, i) => {
          const inUse = usesText(r.isNew ? undefined : uses[r.key]);
          const rowErrors = Object.entries(errors ?? {})
            .filter(([path]) => path.startsWith(`ratingScale.${i}.`) || path === `ratingScale.${r.key}`)
            .flatMap(([path, messages]) =>
              messages.map((m) => `${path.split(".").slice(2).join(".") || "rating"}: ${m}`),
            );
          const f = `${id}-${r.rowId}`;
          return (
            <li key={r.rowId}>
              <fieldset
                aria-label={r.rowName}
                className={`grid grid-cols-1 gap-2 rounded border p-3 sm:grid-cols-6 ${
                  r.isRetired ? "border-dashed border-stone-300 bg-stone-50" : "border-stone-200 bg-white"
                }`}
              >
                <div className="flex flex-col gap-1 sm:col-span-2">
                  <label htmlFor={`${f}-label`} className="text-xs font-medium text-stone-700">
                    Label
                  </label>
                  <input
                    id={`${f}-label`}
                    className={inputClass}
                    value={r.label}
                    maxLength={80}
                    onChange={(e) => update(i, { label: e.target.value })}
                  />
                </div>
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${f}-key`} className="text-xs font-medium text-stone-700">
                    Key
                  </label>
                  <input
                    id={`${f}-key`}
                    className={`${inputClass} font-mono`}
                    value={r.key}
                    placeholder={r.isNew ? keyFromLabel(r.label) : undefined}
                    readOnly={!r.isNew}
                    aria-describedby={r.isNew ? undefined : `${id}-key-note`}
                    onChange={(e) => update(i, { key: e.target.value })}
                  />
                </div>
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${f}-value`} className="text-xs font-medium text-stone-700">
                    Number
                  </label>
                  <select
                    id={`${f}-value`}
                    className={inputClass}
                    value={r.value === null ? "" : String(r.value)}
                    onChange={(e) => update(i, { value: e.target.value === "" ? null : Number(e.target.value) })}
                  >
                    <option value="">None</option>
                    {[5, 4, 3, 2, 1].map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${f}-color`} className="text-xs font-medium text-stone-700">
                    Colour
                  </label>
                  <input
                    id={`${f}-color`}
                    type="color"
                    className="h-8 w-full rounded border border-stone-300"
                    value={ratingColor(r)}
                    onChange={(e) => update(i, { color: e.target.value })}
                  />
                </div>
                <div className="flex items-end gap-2">
                  <label className="flex items-center gap-1 text-sm">
                    <input
                      type="checkbox"
                      checked={r.isRetired === true}
                      onChange={(e) => update(i, { isRetired: e.target.checked })}
                    />
                    Retired
                  </label>
                </div>
                <div className="flex flex-col gap-1 sm:col-span-4">
                  <label htmlFor={`${f}-description`} className="text-xs font-medium text-stone-700">
                    Description
                  </label>
                  <input
                    id={`${f}-description`}
                    className={inputClass}
                    value={r.description ?? ""}
                    maxLength={300}
                    placeholder="What the rating means, in a sentence"
                    onChange={(e) => update(i, { description: e.target.value })}
                  />
                </div>
                <div className="flex flex-wrap items-end gap-1 sm:col-span-2">
                  <button
                    type="button"
                    className={quietButtonClass}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={`Move ${r.rowName} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={quietButtonClass}
                    disabled={i === rows.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={`Move ${r.rowName} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={`${quietButtonClass} text-red-800`}
                    disabled={inUse !== null}
                    aria-describedby={inUse ? `${f}-uses` : undefined}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    Delete
                  </button>
                </div>
                {inUse ? (
                  <p id={`${f}-uses`} className="text-xs text-stone-600 sm:col-span-6">
                    {inUse}
                  </p>
                ) : null}
                {rowErrors.length ? <p className="text-sm text-red-700 sm:col-span-6">{rowErrors.join("; ")}</p> : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p id={`${id}-key-note`} className="text-xs text-stone-500">
        A rating&apos;s key is what verdicts store: it is chosen when the rating is added and stays. Rename a rating by
        its label.
      </p>
      <div>
        <button
          type="button"
          className={quietButtonClass}
          disabled={rows.length >= 20}
          onClick={() =>
            onChange([
              ...rows,
              {
                key: "",
                label: "",
                value: null,
                isNew: true,
                rowId: `new-${Date.now()}-${newCount}`,
                rowName: `New rating ${newCount + 1}`,
              },
            ])
          }
        >
          Add a rating
        </button>
      </div>
    </div>
  );
}
