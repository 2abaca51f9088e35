"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useMemo, useRef } from "react";
import type { ClaimView } from "@/lib/claims/types";
import type { Rating } from "@/lib/ratings";
import { GapChips } from "./gap-chips";
import { describeClaim, glyphOf } from "./tones";

function truncate(text: string, max = 140): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A claim's row before it is measured: two lines of wording and the status line. */
const ROW_ESTIMATE_PX = 76;
/** What the list shows before the browser has measured it (and on the server): about a screen. */
const INITIAL_VIEWPORT = { width: 360, height: 760 };

function ClaimButton({
  claim,
  index,
  scale,
  isActive,
  onOpen,
}: {
  claim: ClaimView;
  index: number;
  scale: Rating[];
  isActive: boolean;
  onOpen: (id: string) => void;
}) {
  return (
    <button
      type="button"
      data-claim-item={index}
      aria-current={isActive ? "true" : undefined}
      onClick={() => onOpen(claim.id)}
      className="flex w-full gap-2 rounded px-2 py-2 text-left hover:bg-stone-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300 aria-[current=true]:bg-sky-50"
    >
      <span aria-hidden="true" className="w-4 shrink-0 text-center font-semibold">
        {claim.anchorStatus === "fuzzy" ? "⚠" : glyphOf(claim)}
      </span>
      <span className="min-w-0">
        <span className="block font-serif text-sm text-stone-900">“{truncate(claim.claimText)}”</span>
        <span className="block text-xs text-stone-600">
          {describeClaim(claim, scale)}
          {claim.sources.length
            ? ` · ${claim.sources.length} source${claim.sources.length === 1 ? "" : "s"}`
            : " · no source"}
          {claim.commentCount ? ` · ${claim.commentCount} comment${claim.commentCount === 1 ? "" : "s"}` : ""}
        </span>
        <GapChips gaps={claim.gaps} isCompact />
      </span>
    </button>
  );
}

/**
 * The claims beside the text, in reading order; orphaned claims are listed apart with their
 * last quote. Arrow keys, Home and End move between claims, Enter opens one.
 *
 * The list is virtualised (TanStack Virtual): only the rows in its scrolled view, and a few
 * either side, are in the page, so a document with thousands of claims costs no more to show
 * than one with a screenful. Each row still says where it stands among all of them
 * (`aria-posinset` of `aria-setsize`), and keyboard moves scroll the row they reach into view
 * before focusing it.
 */
export function ClaimList({
  claims,
  isLoading = false,
  scale,
  activeId,
  onOpen,
}: {
  claims: ClaimView[];
  /** The page's claims are still on their way. */
  isLoading?: boolean;
  scale: Rating[];
  activeId: string | null;
  onOpen: (id: string) => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  /** The row to focus once it has been drawn (after a keyboard move scrolled to it). */
  const pendingFocus = useRef<number | null>(null);
  const anchored = useMemo(() => claims.filter((c) => c.anchorStatus !== "orphaned"), [claims]);
  const orphaned = useMemo(() => claims.filter((c) => c.anchorStatus === "orphaned"), [claims]);

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here, and nothing memoised is handed the virtualizer
  const virtualizer = useVirtualizer({
    count: anchored.length,
    getScrollElement: () => viewportRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: (index) => anchored[index]?.id ?? index,
    overscan: 6,
    initialRect: INITIAL_VIEWPORT,
    // React 19 warns about flushSync during a commit; scrolling is smooth enough without it.
    useFlushSync: false,
  });

  const itemButton = (index: number) =>
    listRef.current?.querySelector<HTMLButtonElement>(`button[data-claim-item="${index}"]`) ?? null;

  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const button = itemButton(pendingFocus.current);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  });

  const focusItem = (index: number) => {
    const button = itemButton(index);
    if (index < anchored.length) virtualizer.scrollToIndex(index, { align: "auto" });
    if (button) button.focus();
    else pendingFocus.current = index;
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp" && event.key !== "Home" && event.key !== "End") return;
    const count = anchored.length + orphaned.length;
    if (count === 0) return;
    const current = (document.activeElement as HTMLElement | null)?.closest("button[data-claim-item]");
    const at = current ? Number(current.getAttribute("data-claim-item")) : -1;
    const next =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? count - 1
          : event.key === "ArrowDown"
            ? Math.min(count - 1, at + 1)
            : Math.max(0, at - 1);
    focusItem(next);
    event.preventDefault();
  };

  return (
    <div ref={listRef} onKeyDown={onKeyDown}>
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-stone-600">
        Claims <span className="font-normal">({anchored.length})</span>
      </h2>
      {isLoading && anchored.length > 0 ? (
        <p role="status" className="mb-2 text-sm text-stone-600">
          Loading the rest of the claims…
        </p>
      ) : null}
      {anchored.length === 0 && isLoading ? (
        <p role="status" className="text-sm text-stone-600">
          Loading the claims…
        </p>
      ) : anchored.length === 0 ? (
        <p className="text-sm text-stone-600">
          No claims yet. Select words in the text and choose “Mark claim” (Ctrl+Shift+M).
        </p>
      ) : (
        <div ref={viewportRef} className="max-h-[calc(100vh-10rem)] min-h-24 overflow-y-auto">
          <ul aria-label="Claims in reading order" className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => {
              const claim = anchored[row.index] as ClaimView;
              return (
                <li
                  key={row.key}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  aria-setsize={anchored.length}
                  aria-posinset={row.index + 1}
                  className="absolute left-0 top-0 w-full"
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <ClaimButton
                    claim={claim}
                    index={row.index}
                    scale={scale}
                    isActive={claim.id === activeId}
                    onOpen={onOpen}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {orphaned.length ? (
        <section aria-labelledby="orphaned-heading" className="mt-4 rounded border border-amber-300 bg-amber-50 p-2">
          <h3 id="orphaned-heading" className="text-sm font-semibold text-amber-900">
            Orphaned claims ({orphaned.length})
          </h3>
          <p className="mb-1 text-xs text-amber-900">
            Their words are no longer in the document. Their verdicts are kept.
          </p>
          <ul aria-label="Orphaned claims">
            {orphaned.map((claim, i) => (
              <li key={claim.id}>
                <ClaimButton
                  claim={claim}
                  index={anchored.length + i}
                  scale={scale}
                  isActive={claim.id === activeId}
                  onOpen={onOpen}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
