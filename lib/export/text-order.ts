import type { ExportClaim } from "./types";

/**
 * Claims in the order a reader meets them: by start, then end, then creation; orphaned claims
 * (no position) last, oldest first. Returns a new array.
 */
export function claimsInTextOrder<C extends Pick<ExportClaim, "selector" | "createdAt" | "id">>(
  claims: readonly C[],
): C[] {
  return [...claims].sort((a, b) => {
    const as = a.selector.start;
    const bs = b.selector.start;
    if (as === null || bs === null) {
      if (as !== bs) return as === null ? 1 : -1;
    } else if (as !== bs) {
      return as - bs;
    } else {
      const ae = a.selector.end ?? as;
      const be = b.selector.end ?? bs;
      if (ae !== be) return ae - be;
    }
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
