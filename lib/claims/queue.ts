import type { Rating } from "../ratings";
import type { ClaimView } from "./types";

/** A claim object with where it lives, for the lists that cross documents and projects. */
export type PlacedClaim = ClaimView & { documentTitle: string; projectId: string; projectName: string };

/**
 * A person's queue: the claims assigned to them that are not resolved, longest assigned first,
 * and for an editor the claims of their projects flagged for adjudication (a verdict disagrees
 * with the resolution), oldest first. A claim is listed once, as an assignment first.
 */
export type MyQueue = {
  assignments: PlacedClaim[];
  flagged: PlacedClaim[];
  /** The rating scale of each project listed, by project id, to name the ratings. */
  ratingScales: Record<string, Rating[]>;
};

/** The place of a claim in its document's page. */
export function claimHref(claim: Pick<ClaimView, "id" | "documentId">): string {
  return `/documents/${claim.documentId}#claim-${claim.id}`;
}
