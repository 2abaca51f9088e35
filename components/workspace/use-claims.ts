"use client";

import { useMemo } from "react";
import type { ClaimView, ReanchoredClaim } from "@/lib/claims/types";
import { useSnapshotReducer } from "./use-snapshot-reducer";

export type ClaimsAction =
  /** The server's whole list, e.g. after a new revision. */
  | { type: "loaded"; claims: ClaimView[] }
  /**
   * The page's claims, loaded after the page was drawn (use-page-claims.ts): they replace the
   * copies marked meanwhile, and a claim marked meanwhile that they lack is kept (it is newer
   * than they are; the live stream, starting where they were read, brings any later change).
   */
  | { type: "arrived"; claims: ClaimView[] }
  /** A claim as the server now returns it: added when new, replaced otherwise. */
  | { type: "saved"; claim: ClaimView }
  | { type: "deleted"; id: string }
  /** Where each claim's words landed on a revision saved from this page. */
  | { type: "reanchored"; anchors: ReanchoredClaim[] };

/** Reading order: by start, orphaned claims (no position) last. */
function byPosition(a: ClaimView, b: ClaimView): number {
  const sa = a.selector.start ?? Number.MAX_SAFE_INTEGER;
  const sb = b.selector.start ?? Number.MAX_SAFE_INTEGER;
  return sa - sb || (a.selector.end ?? 0) - (b.selector.end ?? 0);
}

export function claimsReducer(claims: ClaimView[], action: ClaimsAction): ClaimView[] {
  switch (action.type) {
    case "loaded":
      return [...action.claims].sort(byPosition);
    case "arrived": {
      const ids = new Set(action.claims.map((c) => c.id));
      return [...action.claims, ...claims.filter((c) => !ids.has(c.id))].sort(byPosition);
    }
    case "saved": {
      const { claim } = action;
      const known = claims.some((c) => c.id === claim.id);
      return (known ? claims.map((c) => (c.id === claim.id ? claim : c)) : [...claims, claim]).sort(byPosition);
    }
    case "deleted":
      return claims.some((c) => c.id === action.id) ? claims.filter((c) => c.id !== action.id) : claims;
    case "reanchored": {
      const anchors = new Map(action.anchors.map((a) => [a.id, a]));
      return claims
        .map((c) => {
          const a = anchors.get(c.id);
          return a
            ? {
                ...c,
                anchorStatus: a.anchorStatus,
                anchorScore: a.anchorScore,
                selector: { ...c.selector, start: a.start, end: a.end },
              }
            : c;
        })
        .sort(byPosition);
    }
  }
}

/** The document's claims, kept in reading order; the server's answers replace the local copies. */
export function useClaims(initial: ClaimView[]) {
  const [claims, dispatch, snapshot] = useSnapshotReducer(claimsReducer, initial);
  return useMemo(
    () => ({
      claims,
      dispatch,
      /** The claim as it is now, even before React has rendered the last change. */
      current: (id: string) => snapshot().find((c) => c.id === id) ?? null,
    }),
    [claims, dispatch, snapshot],
  );
}

export type Claims = ReturnType<typeof useClaims>;
