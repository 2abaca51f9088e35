"use client";

import { useRef } from "react";
import type { ClaimView } from "@/lib/claims/types";
import type { Rating } from "@/lib/ratings";
import { GapChips } from "./gap-chips";
import { describeClaim, glyphOf } from "./tones";

function truncate(text: string, max = 140): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The claims beside the text, in reading order; orphaned claims are listed apart with their
 * last quote. Arrow keys move between claims, Enter opens one.
 */
export function ClaimList({
  claims,
  scale,
  activeId,
  onOpen,
}: {
  claims: ClaimView[];
  scale: Rating[];
  activeId: string | null;
  onOpen: (id: string) => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const anchored = claims.filter((c) => c.anchorStatus !== "orphaned");
  const orphaned = claims.filter((c) => c.anchorStatus === "orphaned");

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp" && event.key !== "Home" && event.key !== "End") return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-claim-item]") ?? []);
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? buttons.length - 1
          : event.key === "ArrowDown"
            ? Math.min(buttons.length - 1, at + 1)
            : Math.max(0, at - 1);
    buttons[next]?.focus();
    event.preventDefault();
  };

  const item = (c: ClaimView) => (
    <li key={c.id}>
      <button
        type="button"
        data-claim-item
        aria-current={c.id === activeId ? "true" : undefined}
        onClick={() => onOpen(c.id)}
        className="flex w-full gap-2 rounded px-2 py-2 text-left hover:bg-stone-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300 aria-[current=true]:bg-sky-50"
      >
        <span aria-hidden="true" className="w-4 shrink-0 text-center font-semibold">
          {c.anchorStatus === "fuzzy" ? "⚠" : glyphOf(c)}
        </span>
        <span className="min-w-0">
          <span className="block font-serif text-sm text-stone-900">“{truncate(c.claimText)}”</span>
          <span className="block text-xs text-stone-600">
            {describeClaim(c, scale)}
            {c.sources.length ? ` · ${c.sources.length} source${c.sources.length === 1 ? "" : "s"}` : " · no source"}
            {c.commentCount ? ` · ${c.commentCount} comment${c.commentCount === 1 ? "" : "s"}` : ""}
          </span>
          <GapChips gaps={c.gaps} isCompact />
        </span>
      </button>
    </li>
  );

  return (
    <div ref={listRef} onKeyDown={onKeyDown}>
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-stone-600">
        Claims <span className="font-normal">({anchored.length})</span>
      </h2>
      {anchored.length === 0 ? (
        <p className="text-sm text-stone-600">
          No claims yet. Select words in the text and choose “Mark claim” (Ctrl+Shift+M).
        </p>
      ) : (
        <ul aria-label="Claims in reading order" className="flex flex-col">
          {anchored.map(item)}
        </ul>
      )}
      {orphaned.length ? (
        <section aria-labelledby="orphaned-heading" className="mt-4 rounded border border-amber-300 bg-amber-50 p-2">
          <h3 id="orphaned-heading" className="text-sm font-semibold text-amber-900">
            Orphaned claims ({orphaned.length})
          </h3>
          <p className="mb-1 text-xs text-amber-900">
            Their words are no longer in the document. Their verdicts are kept.
          </p>
          <ul aria-label="Orphaned claims">{orphaned.map(item)}</ul>
        </section>
      ) : null}
    </div>
  );
}
