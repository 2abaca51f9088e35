import type { ClaimView, ResolutionView } from "../claims/types";
import type { Rating } from "../ratings";

/**
 * The input of every export builder: one document with what its reader may see of its claims.
 * The builders are pure; the caller loads this (through the policy, so blind review has already
 * hidden what it hides) and hands it over.
 */

/** The desk that publishes a project's verdicts (ClaimReview's `author`). */
export type ExportOrganization = { name: string; url: string | null };

export type ExportProject = {
  id: string;
  name: string;
  organization: ExportOrganization | null;
  ratingScale: Rating[];
};

/** The editor's final verdict, with the name of the editor who gave it (null when unknown). */
export type ExportResolution = ResolutionView & { userName: string | null };

/**
 * A claim as the API returns it (only the fields the exports read, picked from `ClaimView`),
 * with the names the exports print: the resolving editor's and the marking user's.
 * `selector.start`/`end` are code point offsets into the document's canonical `text`, null when
 * the claim is orphaned. `verdictsHidden` and `gaps` are as the reader sees them (blind review).
 */
export type ExportClaim = Pick<
  ClaimView,
  | "id"
  | "documentId"
  | "selector"
  | "claimText"
  | "claimant"
  | "status"
  | "anchorStatus"
  | "anchorScore"
  | "verdicts"
  | "verdictsHidden"
  | "sources"
  | "gaps"
  | "createdAt"
  | "updatedAt"
> & {
  resolution: ExportResolution | null;
  /** Name of the user who marked the claim; null when unknown or deleted. */
  createdByName: string | null;
};

export type ExportDocument = {
  id: string;
  title: string;
  /** The article's own URL (http/https), null when it was pasted without one. */
  sourceUrl: string | null;
  publisher: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) or date-time, as given on import. */
  publishedAt: string | null;
  language: string | null;
  /** Number of the revision `text` and the claims' offsets belong to. */
  revision: number;
  /** The canonical text of that revision. */
  text: string;
  project: ExportProject;
  claims: ExportClaim[];
  /** Where ClaimDesk is served (PUBLIC_BASE_URL), used for every link; a trailing slash is ignored. */
  baseUrl: string;
};
