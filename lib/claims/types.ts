import type { AnchorStatus } from "../anchoring/types";

export const claimStatuses = ["open", "in-review", "resolved"] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

export const confidences = ["low", "medium", "high"] as const;
export type Confidence = (typeof confidences)[number];

export const sourceKinds = [
  "primary-document",
  "official-statement",
  "news-report",
  "expert",
  "dataset",
  "social-media",
  "anonymous",
] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const credibilities = ["credible", "mixed", "not-credible", "undetermined"] as const;
export type Credibility = (typeof credibilities)[number];

export const stances = ["supports", "refutes", "context"] as const;
export type Stance = (typeof stances)[number];

/** A claim's W3C selectors as the API returns them; offsets are code points, null when orphaned. */
export type ClaimSelector = {
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
};

export type VerdictView = {
  userId: string;
  userName: string;
  rating: string;
  confidence: Confidence | null;
  rationale: string | null;
  updatedAt: string;
};

export type ResolutionView = { rating: string; rationale: string; userId: string | null; updatedAt: string; version: number };

export type SourceView = {
  /** The claim–source link's id (what edit and remove act on). */
  id: string;
  sourceId: string;
  url: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  accessedAt: string | null;
  kind: SourceKind;
  credibility: Credibility;
  archivedUrl: string | null;
  stance: Stance;
  excerpt: string | null;
  version: number;
};

/**
 * What the reader may do to one claim, as the policy answers it on the server (the services
 * ask again on every write). Pages show or hide controls by it and never work it out again.
 */
export type ClaimPermissions = { edit: boolean; delete: boolean; rate: boolean; resolve: boolean; cite: boolean; comment: boolean };

/** What the reader may do on a document page beyond its claims, as the policy answers it. */
export type DocumentPermissions = { markClaim: boolean; editText: boolean };

/** The claim object of the public API, the same in a list and alone. */
export type ClaimView = {
  id: string;
  documentId: string;
  selector: ClaimSelector;
  claimText: string;
  claimant: string | null;
  status: ClaimStatus;
  assigneeId: string | null;
  anchorStatus: AnchorStatus;
  anchorScore: number | null;
  verdicts: VerdictView[];
  /** True when blind review withholds other reviewers' verdicts or the resolution from this reader. */
  verdictsHidden: boolean;
  resolution: ResolutionView | null;
  sources: SourceView[];
  commentCount: number;
  permissions: ClaimPermissions;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

export type CommentView = {
  id: string;
  claimId: string;
  parentId: string | null;
  userId: string | null;
  userName: string | null;
  body: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** What the reader may do to this comment, as the policy answers it. */
  permissions: CommentPermissions;
};

export type CommentPermissions = { edit: boolean; delete: boolean };

export type HistoryEntry = {
  id: number;
  actorName: string | null;
  entityType: string;
  action: string;
  summary: string;
  createdAt: string;
};
