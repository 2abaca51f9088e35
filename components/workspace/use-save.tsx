"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

export type SaveError = { code: string; message: string; fields?: Record<string, string[]> };

/**
 * Runs a server action for a form in the claim panel and keeps its outcome: pending while it
 * runs, the error to show when it fails. A failed save never clears what the person typed.
 */
export function useSave() {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<SaveError | null>(null);

  const run = useCallback(<T,>(action: () => Promise<ActionResult<T>>, onSuccess: (data: T) => void) => {
    setError(null);
    startTransition(async () => {
      try {
        const result = await action();
        if (result.ok) onSuccess(result.data);
        else setError(result.error);
      } catch {
        setError({ code: "network", message: "The server could not be reached. Nothing was saved; try again." });
      }
    });
  }, []);

  return { isPending, error, run, clearError: () => setError(null) };
}

export function SaveErrorMessage({ error, onReload }: { error: SaveError | null; onReload?: () => void }) {
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
          Reload the claim (your text above stays, to apply again)
        </button>
      ) : null}
    </div>
  );
}
