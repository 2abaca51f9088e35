import type { AnchorAlternative, AnchorStatus, StoredAnchor } from "../anchoring/types";
import type { ClaimStatus, ProjectRole } from "../auth/policy";
import type { Gap } from "../gaps/gap-kinds";
import type { DocNode } from "../text/doc-node";

export { claimStatuses, type ClaimStatus } from "../auth/policy";

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

export type VerdictView = {
  userId: string;
  userName: string;
  rating: string;
  confidence: Confidence | null;
  rationale: string | null;
  updatedAt: string;
};

export type ResolutionView = {
  rating: string;
  rationale: string;
  userId: string | null;
  updatedAt: string;
  version: number;
};

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
  /** Who cited it for this claim (null when their account is gone), and when. */
  citedBy: string | null;
  citedByName: string | null;
  citedAt: string;
  version: number;
};

/**
 * What the reader may do to one claim, as the policy answers it on the server (the services
 * ask again on every write). Pages show or hide controls by it and never work it out again.
 */
export type ClaimPermissions = {
  edit: boolean;
  delete: boolean;
  rate: boolean;
  resolve: boolean;
  cite: boolean;
  comment: boolean;
  /** Give the claim to someone (or to nobody). */
  assign: boolean;
  /** Move its status by hand (a verdict and a resolution move it on their own). */
  setStatus: boolean;
  /** Attach it to other words of the current text, or mark it orphaned. */
  reattach: boolean;
};

/** What the reader may do on a document page beyond its claims, as the policy answers it. */
export type DocumentPermissions = {
  markClaim: boolean;
  editText: boolean;
  importAnnotations: boolean;
  dismissSuggestion: boolean;
};

/** The claim object of the public API, the same in a list and alone. */
export type ClaimView = {
  id: string;
  documentId: string;
  selector: StoredAnchor;
  claimText: string;
  claimant: string | null;
  status: ClaimStatus;
  assigneeId: string | null;
  /** When it was given to its assignee; null when unassigned (or assigned before this was kept). */
  assignedAt: string | null;
  /**
   * A verdict given after the resolution disagrees with it, and no editor has resolved it since.
   * False for a reader blind review keeps from the other verdicts.
   */
  isFlagged: boolean;
  anchorStatus: AnchorStatus;
  anchorScore: number | null;
  /**
   * For a fuzzy claim the re-anchoring could not place for sure: the places it could equally
   * be attached to, best first (the first is where it sits now), each with its words and score,
   * in code points of the current text; empty otherwise.
   */
  anchorAlternatives: AnchorAlternative[];
  /** Labels kept from an imported annotation (e.g. its Hypothesis tags); empty for most claims. */
  tags: string[];
  verdicts: VerdictView[];
  /** True when blind review withholds other reviewers' verdicts or the resolution from this reader. */
  verdictsHidden: boolean;
  resolution: ResolutionView | null;
  sources: SourceView[];
  /**
   * The claim's sourcing gaps (lib/gaps), worked out from what this reader sees: under blind
   * review, verdicts and a resolution withheld from them raise no gap either.
   */
  gaps: Gap[];
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

/** A claim's comments and its history, as the claim panel shows them. */
export type ClaimDetails = { comments: CommentView[]; history: HistoryEntry[] };

/** A project member as the document page lists them (to assign a claim to). */
export type MemberView = { userId: string; name: string; role: ProjectRole };

/** A document's current revision in the editor's JSON. */
export type DocumentContent = { content: DocNode; revision: number; version: number };

/** Where a claim's anchor landed on a new revision. */
export type ReanchoredClaim = {
  id: string;
  anchorStatus: AnchorStatus;
  anchorScore: number | null;
  start: number | null;
  end: number | null;
};

/** A saved revision: the document's new revision and version, and where each claim now sits. */
export type RevisionResult = { revision: number; version: number; claims: ReanchoredClaim[] };

/** What a change to a claim's discussion alters on its page besides the comment: the claim (its comment count) and its history. */
export type DiscussionChange = { claim: ClaimView; history: HistoryEntry[] };

/** A comment added or edited, with everything its page shows that changed with it, in one answer. */
export type SavedComment = DiscussionChange & { comment: CommentView };
