"use client";

import { useEffect, useMemo, useState } from "react";
import type { HighlightSpec } from "./claim-highlights";

/** Highlights drawn as soon as they are known: the first screenfuls' of the text. */
export const FIRST_HIGHLIGHTS = 300;
/** Highlights added at a time after those, whenever the browser is idle. */
export const HIGHLIGHTS_PER_BATCH = 500;

/**
 * The highlights to draw now, out of `highlights` (in reading order): the first
 * FIRST_HIGHLIGHTS and the open claim's at once, then the rest HIGHLIGHTS_PER_BATCH at a time
 * whenever the browser is idle, until every one is drawn. A document opens at its top (or at
 * its open claim), so the highlights a reader sees first cost no more with 5,000 claims than
 * with 300; the others are in place a moment later, long before a reader scrolls to them.
 */
export function useProgressiveHighlights(highlights: HighlightSpec[], activeId: string | null): HighlightSpec[] {
  const [count, setCount] = useState(FIRST_HIGHLIGHTS);
  const isComplete = count >= highlights.length;
  useEffect(() => {
    if (isComplete) return;
    const more = () => setCount((n) => n + HIGHLIGHTS_PER_BATCH);
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(more, { timeout: 250 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(more, 16);
    return () => clearTimeout(timer);
  }, [count, isComplete]);
  return useMemo(() => {
    if (isComplete) return highlights;
    const shown = highlights.slice(0, count);
    const active = activeId === null ? undefined : highlights.find((h) => h.id === activeId);
    if (active && !shown.includes(active)) shown.push(active);
    return shown;
  }, [highlights, count, isComplete, activeId]);
}
