"use client";

import type { FetchFailure } from "./use-fetch";

/** Reads that failed, each said in the page with a way to try again. */
export function FetchFailures({ failures }: { failures: FetchFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <>
      {failures.map((failure) => (
        <div
          key={failure.key}
          role="alert"
          className="mb-2 flex items-start gap-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          <p className="flex-1">{failure.message}</p>
          <button
            type="button"
            onClick={failure.retry}
            className="shrink-0 rounded border border-red-300 bg-white px-2 py-0.5 hover:bg-red-100"
          >
            {failure.retryLabel}
          </button>
        </div>
      ))}
    </>
  );
}
