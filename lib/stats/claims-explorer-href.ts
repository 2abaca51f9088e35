import type { AnchorStatus } from "../anchoring/types";
import type { ClaimStatus } from "../claims/types";

/**
 * The claims explorer's filters, by their URL parameter names (`/projects/:id/claims?…`):
 * `rating` the resolved rating key, `verdictRating` a rating some visible verdict gives,
 * `status`, `anchor` the anchor status, `reviewer` a user who rated the claim, `documentId`,
 * and `from`/`to` the UTC days (YYYY-MM-DD, both included) the claim was marked between.
 */
export type ClaimsExplorerFilters = {
  rating?: string;
  verdictRating?: string;
  status?: ClaimStatus;
  anchor?: AnchorStatus;
  reviewer?: string;
  documentId?: string;
  from?: string;
  to?: string;
};

const order: (keyof ClaimsExplorerFilters)[] = [
  "documentId",
  "rating",
  "verdictRating",
  "status",
  "anchor",
  "reviewer",
  "from",
  "to",
];

/** The explorer's address listing exactly the claims that match every given filter. */
export function claimsExplorerHref(projectId: string, filters: ClaimsExplorerFilters = {}): string {
  const params = new URLSearchParams();
  for (const name of order) {
    const value = filters[name];
    if (value !== undefined) params.set(name, value);
  }
  const query = params.toString();
  return `/projects/${encodeURIComponent(projectId)}/claims${query ? `?${query}` : ""}`;
}
