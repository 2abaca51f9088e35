import type { ActionResult } from "@/lib/action-result";
import type {
  ClaimDetails,
  ClaimView,
  DiscussionChange,
  DocumentContent,
  MemberView,
  RevisionResult,
  SavedComment,
} from "@/lib/claims/types";
import type { SuggestionList } from "@/lib/suggestions/types";
import type { DocNode } from "@/lib/text/doc-node";

/** The server actions the annotation workspace calls; each one checks who is asking. */
export type WorkspaceActions = {
  markClaim: (documentId: string, input: unknown) => Promise<ActionResult<ClaimView>>;
  listClaims: (documentId: string) => Promise<ActionResult<ClaimView[]>>;
  getClaim: (claimId: string) => Promise<ActionResult<ClaimView>>;
  editClaim: (claimId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<ClaimView>>;
  deleteClaim: (claimId: string, expectedVersion: number) => Promise<ActionResult<null>>;
  /** `input`: `{selector}` (the words to attach the claim to) or `{orphaned: true}`. */
  reattachClaim: (claimId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<ClaimView>>;
  giveVerdict: (claimId: string, input: unknown) => Promise<ActionResult<ClaimView>>;
  resolveClaim: (claimId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<ClaimView>>;
  /** Resolves the claim as one reviewer's verdict (`{userId}`); the version is the resolution's. */
  adoptVerdict: (claimId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<ClaimView>>;
  citeSource: (claimId: string, input: unknown) => Promise<ActionResult<ClaimView>>;
  editCitation: (
    claimId: string,
    linkId: string,
    expectedVersion: number,
    input: unknown,
  ) => Promise<ActionResult<ClaimView>>;
  removeCitation: (claimId: string, linkId: string, expectedVersion: number) => Promise<ActionResult<ClaimView>>;
  claimDetails: (claimId: string) => Promise<ActionResult<ClaimDetails>>;
  addComment: (claimId: string, input: unknown) => Promise<ActionResult<SavedComment>>;
  editComment: (commentId: string, expectedVersion: number, input: unknown) => Promise<ActionResult<SavedComment>>;
  deleteComment: (commentId: string, expectedVersion: number) => Promise<ActionResult<DiscussionChange>>;
  saveRevision: (
    documentId: string,
    expectedVersion: number,
    content: DocNode,
  ) => Promise<ActionResult<RevisionResult>>;
  getDocumentContent: (documentId: string) => Promise<ActionResult<DocumentContent>>;
  listSuggestions: (documentId: string) => Promise<ActionResult<SuggestionList>>;
  dismissSuggestion: (documentId: string, input: unknown) => Promise<ActionResult<null>>;
};

export type Member = MemberView;
