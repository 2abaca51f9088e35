"use client";

import type { ClaimView } from "@/lib/claims/types";
import type { EventGate } from "./event-gate";
import { isKnownChange } from "./known-change";
import type { Claims } from "./use-claims";
import type { Discussion } from "./use-discussion";
import { useDocumentEvents } from "./use-document-events";

/**
 * Applies the document's live events to the page: claims as they arrive, a reload of a claim
 * (and of the open discussion) when an event says it changed, the news of a new revision.
 * Events the page already reflects, its own writes' echoes above all, cost nothing.
 */
export function useLiveUpdates({
  documentId,
  eventsAfter,
  gate,
  claims,
  discussion,
  openId,
  fetchClaim,
  onOpenClaimDeleted,
  onRevised,
  onError,
}: {
  documentId: string;
  /** The audit event the loaded claims include; the stream starts after it (null: not loaded yet). */
  eventsAfter: number | null;
  gate: EventGate;
  claims: Claims;
  discussion: Discussion;
  openId: string | null;
  fetchClaim: (claimId: string) => void;
  onOpenClaimDeleted: () => void;
  onRevised: (revision: number) => void;
  onError: (error: unknown) => void;
}): void {
  useDocumentEvents(documentId, eventsAfter, gate, {
    onError,
    onEvent: (name, data) => {
      switch (name) {
        case "claim.created":
        case "claim.updated":
          claims.dispatch({ type: "saved", claim: data as unknown as ClaimView });
          return;
        case "claim.deleted": {
          if (typeof data.id !== "string" || !claims.current(data.id)) return;
          claims.dispatch({ type: "deleted", id: data.id });
          if (data.id === openId) onOpenClaimDeleted();
          return;
        }
        case "document.revised":
          if (typeof data.revision === "number") onRevised(data.revision);
          return;
        default: {
          const claimId = data.claimId;
          if (typeof claimId !== "string") return;
          if (isKnownChange(name, data, claims.current(claimId), discussion.snapshot())) return;
          fetchClaim(claimId);
          // A verdict or source changes the claim, and the discussion reloads with it; a
          // comment leaves the claim as it was but for its count.
          if (name.startsWith("comment.") && claimId === openId) discussion.reload();
        }
      }
    },
  });
}
