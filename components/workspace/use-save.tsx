"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

export type SaveError = { code: string; message: string; fields?: Record<string, string[]> };

const networkError: SaveError = {
  code: "network",
  message: "The server could not be reached. Nothing was saved; try again.",
};

/** The server saved the change; what failed is this page showing it. */
export const pageError: SaveError = {
  code: "page",
  message: "Your change was saved, but this page could not show it. Reload the page to see it.",
};

/**
 * Runs a server action for a form in the workspace and keeps its outcome: pending while it
 * runs, the error to show when it fails. A failed save never clears what the person typed.
 * The server's answer and the page's follow-up are judged apart: only the action (or the
 * network) failing is a failed save; `onSuccess` throwing is reported as a page error.
 */
export function useSave() {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<SaveError | null>(null);

  const run = useCallback(<T,>(action: () => Promise<ActionResult<T>>, onSuccess: (data: T) => void) => {
    setError(null);
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action();
      } catch {
        setError(networkError);
        return;
      }
      if (!result.ok) {
        setError(result.error);
        return;
      }
      try {
        onSuccess(result.data);
      } catch (failure) {
        console.error("[workspace] showing a saved change failed:", failure);
        setError(pageError);
      }
    });
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { isPending, error, run, clearError };
}

export function SaveErrorMessage({
  error,
  onReload,
  reloadLabel = "Reload the claim (your text above stays, to apply again)",
}: {
  error: SaveError | null;
  /** Offered when the save was refused as stale (412): reload what changed, keep what was typed. */
  onReload?: () => void;
  reloadLabel?: string;
}) {
  if (!error) return null;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p>{error.message}</p>
      {error.fields ? (
        <ul className="list-disc pl-5">
          {Object.entries(error.fields).map(([field, messages]) => (
            <li key={field}>
              {field === "_" ? "" : `${field}: `}
              {messages.join("; ")}
            </li>
          ))}
        </ul>
      ) : null}
      {error.code === "stale-version" && onReload ? (
        <button type="button" onClick={onReload} className="mt-1 underline">
          {reloadLabel}
        </button>
      ) : null}
      {error.code === "page" ? (
        <button type="button" onClick={() => window.location.reload()} className="mt-1 underline">
          Reload the page
        </button>
      ) : null}
    </div>
  );
}
