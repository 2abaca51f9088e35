"use client";

import { useContext, useId } from "react";
import type { ClaimView } from "@/lib/claims/types";
import { Section, quietButtonClass } from "./ui";
import { ReattachContext, awaitsPlacement } from "./use-reattach-claim";
import { SaveErrorMessage } from "./use-save";

const percent = (score: number) => `${Math.round(score * 100)}%`;

/**
 * Where a fuzzy or orphaned claim belongs, for a person to say: one of the places the
 * re-anchoring could not tell apart ("this one / that one"), the words they select in the
 * document, or nowhere (orphaned). Shown to those who may re-attach claims; nothing otherwise.
 */
export function AnchorSection({ claim }: { claim: ClaimView }) {
  const reattach = useContext(ReattachContext);
  const id = useId();
  if (!reattach || !claim.permissions.reattach || !awaitsPlacement(claim)) return null;
  const places = claim.anchorAlternatives.map((a) => ({ ...a, context: reattach.wordsInContext(a.start, a.end) }));
  const isBlocked = reattach.isPending || reattach.isEditing;
  const hintId = `${id}-hint`;

  return (
    <Section title="Where it belongs">
      {places.length > 0 ? (
        <>
          <p className="text-sm text-stone-700">
            The text changed and the claim&apos;s words now fit {places.length} places equally well. Choose the one the
            claim is about:
          </p>
          <ol aria-label="Places it could belong" className="mt-2 flex flex-col gap-2">
            {places.map((place, i) => (
              <li key={`${place.start}-${place.end}`} className="rounded border border-stone-200 p-2">
                <p id={`${id}-place-${i}`} className="font-serif text-sm text-stone-800">
                  {place.context.before}
                  <mark className="bg-amber-100 text-stone-900">{place.context.words}</mark>
                  {place.context.after}
                </p>
                <div className="mt-1 flex items-center gap-3">
                  <span className="text-xs text-stone-600">
                    Match {percent(place.score)}
                    {i === 0 && claim.selector.start === place.start ? " · where it is shown now" : ""}
                  </span>
                  <button
                    type="button"
                    className={quietButtonClass}
                    aria-describedby={`${id}-place-${i}`}
                    disabled={isBlocked}
                    onClick={() => reattach.attach(claim, place)}
                  >
                    Attach here
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p id={hintId} className="mt-2 text-sm text-stone-700">
        {claim.anchorStatus === "orphaned"
          ? "If its words are still in the document, select them there and attach the claim to them."
          : "If it belongs elsewhere, select the right words in the document and attach it to them."}
      </p>
      {reattach.isEditing ? (
        <p className="mt-1 text-xs text-stone-600">Save or discard your changes to the text first.</p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className={quietButtonClass}
          aria-describedby={hintId}
          disabled={isBlocked}
          // Keep the selection in the document: the button reads it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => reattach.attachToSelection(claim)}
        >
          Attach to the selected words
        </button>
        {claim.anchorStatus !== "orphaned" ? (
          <button
            type="button"
            className={quietButtonClass}
            disabled={isBlocked}
            onClick={() => {
              if (window.confirm("Mark this claim orphaned? It keeps its verdicts but sits on no words.")) {
                reattach.orphan(claim);
              }
            }}
          >
            Mark as orphaned
          </button>
        ) : null}
      </div>
      {reattach.hint ? (
        <p role="status" className="mt-2 text-sm text-amber-900">
          {reattach.hint}
        </p>
      ) : null}
      {reattach.isPending ? <p className="mt-2 text-sm text-stone-600">Saving…</p> : null}
      <div className="mt-2">
        <SaveErrorMessage
          error={reattach.error}
          onReload={() => reattach.reload(claim)}
          reloadLabel="Reload the claim, then choose again"
        />
      </div>
    </Section>
  );
}
