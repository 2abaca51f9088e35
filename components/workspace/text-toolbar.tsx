"use client";

import { Legend } from "./legend";
import { buttonClass, quietButtonClass } from "./ui";

/** Above the text: the legend, the revision shown and, for who may edit the text, its controls. */
export function TextToolbar({
  revision,
  canEditText,
  isEditing,
  isSaving,
  onEdit,
  onSave,
  onDiscard,
}: {
  revision: number;
  canEditText: boolean;
  isEditing: boolean;
  isSaving: boolean;
  onEdit: () => void;
  onSave: () => void;
  onDiscard: () => void;
}) {
  return (
    <>
      <Legend />
      <span className="text-xs text-stone-600">Revision {revision}</span>
      {canEditText ? (
        isEditing ? (
          <span className="ml-auto flex gap-2">
            <button type="button" className={buttonClass} onClick={onSave} disabled={isSaving}>
              {isSaving ? "Saving…" : "Save new revision"}
            </button>
            <button type="button" className={quietButtonClass} onClick={onDiscard} disabled={isSaving}>
              Discard changes
            </button>
          </span>
        ) : (
          <button type="button" className={`${quietButtonClass} ml-auto`} onClick={onEdit}>
            Edit text
          </button>
        )
      ) : null}
    </>
  );
}
