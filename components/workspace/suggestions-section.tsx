"use client";

import { useEffect, useRef, useState } from "react";
import type { ReasonKind, Suggestion } from "@/lib/suggestions/types";
import { quietButtonClass } from "./ui";
import { SaveErrorMessage, type SaveError } from "./use-save";

const reasonNames: Record<ReasonKind, string> = {
  quantity: "figure",
  date: "date",
  "named-entity": "name",
  attribution: "attribution",
  comparison: "comparison",
  causal: "cause",
  hedge: "hedge",
};

/** Shown at first; the rest a click away, so a long document does not bury the claim list. */
const FIRST_SHOWN = 15;

/**
 * Sentences that look like checkable claims, beside the claim list, collapsed behind their
 * count. Nothing becomes a claim without a click ("Mark as claim") or a key on a focused
 * suggestion: Enter marks it, Delete dismisses it for everyone in the document, the arrow keys
 * move between suggestions.
 */
export function SuggestionsSection({
  suggestions,
  isLoaded,
  isOpen,
  onToggle,
  canMark,
  canDismiss,
  isDismissing,
  dismissError,
  onMark,
  onDismiss,
}: {
  suggestions: Suggestion[];
  isLoaded: boolean;
  isOpen: boolean;
  onToggle: () => void;
  /** False while the text is being edited or a claim is being saved. */
  canMark: boolean;
  canDismiss: boolean;
  isDismissing: boolean;
  dismissError: SaveError | null;
  onMark: (suggestion: Suggestion) => void;
  onDismiss: (suggestion: Suggestion, onDone: () => void) => void;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [isShowingAll, setShowingAll] = useState(false);
  /** Where focus goes once a suggestion dismissed from the keyboard has left the list. */
  const focusAfterDismiss = useRef<number | null>(null);
  const shown = isShowingAll ? suggestions : suggestions.slice(0, FIRST_SHOWN);

  const items = () => Array.from(listRef.current?.querySelectorAll<HTMLElement>("[data-suggestion]") ?? []);

  useEffect(() => {
    const at = focusAfterDismiss.current;
    if (at === null) return;
    focusAfterDismiss.current = null;
    const list = items();
    (list[Math.min(at, list.length - 1)] ?? toggleRef.current)?.focus();
  }, [suggestions]);

  const dismiss = (suggestion: Suggestion, index: number, isFromKeyboard: boolean) =>
    onDismiss(suggestion, () => {
      if (isFromKeyboard) focusAfterDismiss.current = index;
    });

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>, suggestion: Suggestion, index: number) => {
    // Keys typed on the buttons inside do what the buttons do.
    if (event.target !== event.currentTarget) return;
    if (event.key === "Enter" && canMark) {
      event.preventDefault();
      onMark(suggestion);
    } else if (event.key === "Delete" && canDismiss && !isDismissing) {
      event.preventDefault();
      dismiss(suggestion, index, true);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      items()[index + (event.key === "ArrowDown" ? 1 : -1)]?.focus();
    }
  };

  return (
    <section aria-labelledby="suggestions-heading" className="mt-6 border-t border-stone-200 pt-3">
      <h2 id="suggestions-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        <button
          ref={toggleRef}
          type="button"
          aria-expanded={isOpen}
          aria-controls="suggestions-body"
          onClick={onToggle}
          className="flex items-center gap-1 rounded hover:text-stone-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300"
        >
          <span aria-hidden="true">{isOpen ? "▾" : "▸"}</span>
          Suggestions <span className="font-normal">({isLoaded ? suggestions.length : "…"})</span>
        </button>
      </h2>
      {isOpen ? (
        <div id="suggestions-body" className="mt-2">
          <p className="mb-2 text-xs text-stone-600">
            Sentences that look like checkable claims, with why. On a focused suggestion, Enter marks it as a claim and
            Delete dismisses it for everyone in this document.
          </p>
          <SaveErrorMessage error={dismissError} />
          {!isLoaded ? (
            <p className="text-sm text-stone-600">Looking for checkable sentences…</p>
          ) : suggestions.length === 0 ? (
            <p className="text-sm text-stone-600">No suggestions left: every likely claim is marked or dismissed.</p>
          ) : (
            <ul ref={listRef} aria-label="Suggested claims" className="flex flex-col gap-2">
              {shown.map((s, index) => (
                <li key={`${s.start}:${s.exact}`}>
                  <div
                    tabIndex={0}
                    role="group"
                    aria-label={`Suggested claim: ${s.exact}`}
                    data-suggestion
                    onKeyDown={(event) => onKeyDown(event, s, index)}
                    className="rounded border border-stone-200 px-2 py-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300"
                  >
                    <p className="font-serif text-sm text-stone-900">“{s.exact}”</p>
                    <p className="mt-1 text-xs text-stone-600">
                      <span title="How check-worthy it looks; higher is more.">score {s.score.toFixed(1)}</span>
                      {s.reasons.map((r) => (
                        <span key={r.kind} data-reason={r.kind}>
                          {" · "}
                          <span className="font-medium">{reasonNames[r.kind]}</span>: {r.evidence.join(", ")}
                        </span>
                      ))}
                    </p>
                    <div className="mt-1 flex gap-2">
                      <button
                        type="button"
                        disabled={!canMark}
                        onClick={() => onMark(s)}
                        className={`${quietButtonClass} py-0.5 text-xs`}
                      >
                        Mark as claim
                      </button>
                      {canDismiss ? (
                        <button
                          type="button"
                          disabled={isDismissing}
                          onClick={() => dismiss(s, index, false)}
                          className={`${quietButtonClass} py-0.5 text-xs`}
                        >
                          Dismiss
                        </button>
                      ) : null}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {!isShowingAll && suggestions.length > FIRST_SHOWN ? (
            <button type="button" onClick={() => setShowingAll(true)} className="mt-2 text-sm text-sky-800 underline">
              Show {suggestions.length - FIRST_SHOWN} more
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
