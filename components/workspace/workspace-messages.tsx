"use client";

import { FetchFailures } from "./fetch-failures";
import type { FetchFailure } from "./use-fetch";
import { SaveErrorMessage, type SaveError } from "./use-save";

/** What the page has to say above the text: editing, failures, someone else's revision, news. */
export function WorkspaceMessages({
  isEditing,
  saveError,
  failures,
  remoteRevision,
  notice,
}: {
  isEditing: boolean;
  saveError: SaveError | null;
  failures: FetchFailure[];
  remoteRevision: number | null;
  notice: string | null;
}) {
  return (
    <>
      {isEditing ? (
        <p role="status" className="mb-2 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          Editing the text. Saving makes a new revision; every claim is then re-attached to its words, and claims whose
          words are gone are listed as orphaned.
        </p>
      ) : null}
      <SaveErrorMessage error={saveError} />
      <FetchFailures failures={failures} />
      {remoteRevision !== null ? (
        <p role="status" className="mb-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Someone saved revision {remoteRevision} of this text.{" "}
          <button type="button" className="underline" onClick={() => window.location.reload()}>
            Load it
          </button>
          {isEditing ? " (your unsaved edits would be lost: saving them now is refused as stale)" : ""}
        </p>
      ) : null}
      {notice ? (
        <p
          role="status"
          className="mb-2 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {notice}
        </p>
      ) : null}
    </>
  );
}
