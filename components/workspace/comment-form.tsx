"use client";

import { useId, useState } from "react";
import { MentionTextarea } from "./mention-textarea";
import { buttonClass, quietButtonClass } from "./ui";
import { SaveErrorMessage, type SaveError } from "./use-save";

/**
 * A comment's text box: to add one, reply to one, or edit one. What was typed stays until the
 * save went through (`onSubmit` gets a `clear` to call then), and through a reload after a 412.
 */
export function CommentForm({
  label,
  submitLabel = "Post",
  initialBody = "",
  isPending,
  error,
  onSubmit,
  onReload,
  onCancel,
}: {
  label: string;
  submitLabel?: string;
  initialBody?: string;
  isPending: boolean;
  error: SaveError | null;
  onSubmit: (body: string, clear: () => void) => void;
  onReload?: () => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState(initialBody);
  return (
    <form
      className="mt-1 flex flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(body, () => setBody(""));
      }}
    >
      <label htmlFor={id} className="text-xs font-medium text-stone-700">
        {label}
      </label>
      <MentionTextarea id={id} value={body} onChange={setBody} />
      <SaveErrorMessage
        error={error}
        onReload={onReload}
        reloadLabel="Reload the comment (your text above stays, to apply again)"
      />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={isPending || body.trim() === ""}>
          {isPending ? "Saving…" : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className={quietButtonClass} onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
