import "server-only";
import { hasPendingClaimSearch, indexPendingClaims } from "@/db/queries/claim-search";
import { inTransaction, isDatabaseOpen, reader } from "@/db/queries/transaction";

/** How long after a new claim the background indexing runs (new claims made meanwhile join it). */
const CATCH_UP_DELAY_MS = 250;

let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * Puts the new claims still waiting in the full-text index (db/queries/claim-search.ts). Every
 * search calls it first, so that no claim is ever missing from what a search finds, even one
 * made a moment before, or by an import, a restore or another process.
 */
export function catchUpClaimSearch(): void {
  if (!hasPendingClaimSearch(reader())) return;
  inTransaction((tx) => indexPendingClaims(tx));
}

/**
 * Indexes the new claims soon, in the background, in one batch with those made meanwhile: a
 * claim made through the API costs its own rows only, not a segment of the full-text index
 * (docs/PERFORMANCE.md). A failure here is only logged: the next search catches up again.
 */
export function scheduleClaimSearchCatchUp(): void {
  if (timer !== null) return;
  timer = setTimeout(() => {
    timer = null;
    // Closed meanwhile (the server stopping): the claims stay queued for the next search.
    if (!isDatabaseOpen()) return;
    try {
      catchUpClaimSearch();
    } catch (error) {
      console.error("Indexing new claims for search failed; the next search will try again.", error);
    }
  }, CATCH_UP_DELAY_MS);
  timer.unref?.();
}
