import type { ActionResult } from "@/lib/action-result";
import type { ClaimView, CommentView, HistoryEntry } from "@/lib/claims/types";
import type { DocNode } from "@/lib/text/doc-node";

export type RevisionSummary = {
  revision: number;
  version: number;
  claims: { id: string; anchorStatus: string; anchorScore: number | null; start: number | null; end: number | null }[];
};

/** The server actions the annotation workspace calls; each one checks who is asking. */
export type WorkspaceActions = {
  markClaim: (documentId: string, input: unknown) => Promise<ActionResult<ClaimView>>;
  listClaims: (documentId: string) => Promise<ActionResult<ClaimView[]>>;
  getClaim: (claimId: string) => Promise<ActionResult<ClaimView>>;
  editClaim: (claimId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<ClaimView>>;
  deleteClaim: (claimId: string, expectedVersion: number) => Promise<ActionResult<null>>;
  giveVerdict: (claimId: string, input: unknown) => Promise<ActionResult<ClaimView>>;
  resolveClaim: (claimId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<ClaimView>>;
  citeSource: (claimId: string, input: unknown) => Promise<ActionResult<ClaimView>>;
  editCitation: (claimId: string, linkId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<ClaimView>>;
  removeCitation: (claimId: string, linkId: string, expectedVersion: number) => Promise<ActionResult<ClaimView>>;
  claimDetails: (claimId: string) => Promise<ActionResult<{ comments: CommentView[]; history: HistoryEntry[] }>>;
  addComment: (claimId: string, input: unknown) => Promise<ActionResult<CommentView>>;
  editComment: (commentId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<CommentView>>;
  deleteComment: (commentId: string, expectedVersion: number) => Promise<ActionResult<null>>;
  saveRevision: (documentId: string, expectedVersion: number, content: DocNode) => Promise<ActionResult<RevisionSummary>>;
  getDocumentContent: (documentId: string) => Promise<ActionResult<{ content: DocNode; revision: number; version: number }>>;
};

export type Member = { userId: string; name: string; role: string };
