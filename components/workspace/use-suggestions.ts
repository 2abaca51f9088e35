"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { ClaimView } from "@/lib/claims/types";
import { coverage } from "@/lib/suggestions/open-suggestions";
import type { Suggestion, SuggestionList } from "@/lib/suggestions/types";
import type { useFetch } from "./use-fetch";
import { useSave } from "./use-save";
import type { WorkspaceActions } from "./workspace-actions";

type Fetch = ReturnType<typeof useFetch>["fetch"];

/**
 * The document's check-worthiness suggestions, loaded after the page (they take a moment to
 * work out) and again for each new revision. A suggestion leaves the list as soon as a claim
 * covers any of its words (the page's claims, live), or once it is dismissed; the server
 * applies the same rules on the next load.
 */
export function useSuggestions({
  documentId,
  revision,
  isEnabled,
  claims,
  actions,
  fetch,
}: {
  documentId: string;
  /** The revision the page shows; suggestions of another one are not offered. */
  revision: number;
  isEnabled: boolean;
  claims: ClaimView[];
  actions: WorkspaceActions;
  fetch: Fetch;
}) {
  const [loaded, setLoaded] = useState<SuggestionList | null>(null);
  const dismissal = useSave();
  const { run } = dismissal;

  useEffect(() => {
    if (!isEnabled) return;
    const load = () =>
      void fetch("suggestions", () => actions.listSuggestions(documentId), {
        what: "The suggested claims",
        onData: setLoaded,
      });
    // Not while the page draws its text: once the browser is idle (a second at most).
    if (typeof window.requestIdleCallback !== "function") return load();
    const handle = window.requestIdleCallback(load, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }, [actions, documentId, fetch, isEnabled, revision]);

  const suggestions = useMemo<Suggestion[]>(() => {
    if (!loaded || loaded.revision !== revision) return [];
    const claimed = claims.flatMap((c) =>
      c.selector.start !== null && c.selector.end !== null ? [{ start: c.selector.start, end: c.selector.end }] : [],
    );
    const isClaimed = coverage(claimed);
    return loaded.suggestions.filter((s) => !isClaimed(s));
  }, [claims, loaded, revision]);

  const dismiss = useCallback(
    (suggestion: Suggestion, onDone?: () => void) =>
      run(
        () =>
          actions.dismissSuggestion(documentId, {
            start: suggestion.start,
            end: suggestion.end,
            exact: suggestion.exact,
          }),
        () => {
          setLoaded((list) =>
            list ? { ...list, suggestions: list.suggestions.filter((s) => s.exact !== suggestion.exact) } : list,
          );
          onDone?.();
        },
      ),
    [actions, documentId, run],
  );

  return {
    suggestions,
    isLoaded: loaded !== null && loaded.revision === revision,
    dismiss,
    isDismissing: dismissal.isPending,
    dismissError: dismissal.error,
  };
}
