"use client";

import { useCallback, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";

/** A read that failed, with what to tell the reader and how to try again. */
export type FetchFailure = { key: string; message: string; retryLabel: string; retry: () => void };

type ErrorOf = Extract<ActionResult<never>, { ok: false }>["error"];

export type FetchOptions<T> = {
  /** What was being loaded, for the message: "The discussion could not be loaded…". */
  what: string;
  /** Return true when the error needs no message (e.g. a claim that is gone, handled by the caller). */
  onError?: (error: ErrorOf) => boolean;
  onData: (data: T) => void;
};

/**
 * Runs the page's reads (a claim after a live event, a claim's discussion, a new revision) and
 * keeps the ones that failed, each with a Retry, instead of dropping them. Reads share a key
 * when they load the same thing: only the latest request's answer is used, so a slow answer
 * never overwrites a newer one.
 */
export function useFetch() {
  const [failures, setFailures] = useState<FetchFailure[]>([]);
  const latest = useRef(new Map<string, number>());

  const fetch = useCallback(function run<T>(
    key: string,
    fetcher: () => Promise<ActionResult<T>>,
    options: FetchOptions<T>,
  ): Promise<void> {
    const request = (latest.current.get(key) ?? 0) + 1;
    latest.current.set(key, request);
    const fail = (message: string, retryLabel = "Retry", retry: () => void = () => void run(key, fetcher, options)) =>
      setFailures((list) => [...list.filter((f) => f.key !== key), { key, message, retryLabel, retry }]);
    const settle = () =>
      setFailures((list) => (list.some((f) => f.key === key) ? list.filter((f) => f.key !== key) : list));

    return fetcher().then(
      (result) => {
        if (latest.current.get(key) !== request) return;
        if (!result.ok) {
          if (options.onError?.(result.error)) settle();
          else fail(`${options.what} could not be loaded: ${result.error.message}`);
          return;
        }
        settle();
        try {
          options.onData(result.data);
        } catch (error) {
          console.error("[workspace] showing loaded data failed:", error);
          fail(`${options.what} was loaded, but this page could not show it.`, "Reload the page", () =>
            window.location.reload(),
          );
        }
      },
      () => {
        if (latest.current.get(key) === request)
          fail(`${options.what} could not be loaded: the server could not be reached.`);
      },
    );
  }, []);

  return { failures, fetch };
}
