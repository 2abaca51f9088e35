"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type {
  ClaimDetails,
  ClaimView,
  DiscussionChange,
  DocumentContent,
  RevisionResult,
  SavedComment,
} from "@/lib/claims/types";
import {
  addSourceSchema,
  adoptVerdictSchema,
  commentSchema,
  createClaimSchema,
  resolutionSchema,
  updateClaimSchema,
  updateClaimSourceSchema,
  updateCommentSchema,
  verdictSchema,
} from "@/lib/validation/claims";
import { reattachClaimSchema } from "@/lib/validation/claim-anchor";
import { documentContentSchema } from "@/lib/validation/documents";
import type { SuggestionList } from "@/lib/suggestions/types";
import { dismissSuggestionSchema } from "@/lib/validation/suggestions";
import { addComment } from "@/services/add-comment";
import { adoptVerdict } from "@/services/adopt-verdict";
import { citeSource } from "@/services/cite-source";
import { deleteClaim } from "@/services/delete-claim";
import { deleteComment } from "@/services/delete-comment";
import { dismissSuggestion } from "@/services/dismiss-suggestion";
import { editCitation } from "@/services/edit-citation";
import { editClaim } from "@/services/edit-claim";
import { editComment } from "@/services/edit-comment";
import { getClaim } from "@/services/get-claim";
import { getClaimHistory } from "@/services/get-claim-history";
import { getComment } from "@/services/get-comment";
import { getDocument } from "@/services/get-document";
import { giveVerdict } from "@/services/give-verdict";
import { listClaimComments } from "@/services/list-claim-comments";
import { listDocumentClaims } from "@/services/list-document-claims";
import { listSuggestions } from "@/services/list-suggestions";
import { markClaim } from "@/services/mark-claim";
import { reattachClaim } from "@/services/reattach-claim";
import { removeCitation } from "@/services/remove-citation";
import { resolveClaim } from "@/services/resolve-claim";
import { saveRevision } from "@/services/save-revision";
import type { SessionActor } from "@/services/support/actor";
import { runValueAction } from "../../_lib/action";

// Every action is a public endpoint: each one signs the caller in through runValueAction and
// lets the service decide what they may do.

const version = z.number().int().min(0);

export async function markClaimAction(documentId: string, input: unknown): Promise<ActionResult<ClaimView>> {
  return runValueAction(input, createClaimSchema, (actor, value) => markClaim(actor, documentId, value));
}

export async function listClaimsAction(documentId: string): Promise<ActionResult<ClaimView[]>> {
  return runValueAction({}, z.object({}), (actor) => listDocumentClaims(actor, documentId));
}

export async function getClaimAction(claimId: string): Promise<ActionResult<ClaimView>> {
  return runValueAction({}, z.object({}), (actor) => getClaim(actor, claimId));
}

export async function editClaimAction(
  claimId: string,
  expectedVersion: number,
  input: unknown,
): Promise<ActionResult<ClaimView>> {
  return runValueAction(
    { input, expectedVersion },
    z.object({ input: updateClaimSchema, expectedVersion: version }),
    (actor, v) => editClaim(actor, claimId, v.input, v.expectedVersion),
  );
}

export async function deleteClaimAction(claimId: string, expectedVersion: number): Promise<ActionResult<null>> {
  return runValueAction({ expectedVersion }, z.object({ expectedVersion: version }), (actor, v) => {
    deleteClaim(actor, claimId, v.expectedVersion);
    return null;
  });
}

export async function giveVerdictAction(claimId: string, input: unknown): Promise<ActionResult<ClaimView>> {
  return runValueAction(input, verdictSchema, (actor, value) => giveVerdict(actor, claimId, value, undefined).claim);
}

/** `expectedVersion` is the resolution's version the form was filled from (0 when there was none). */
export async function resolveClaimAction(
  claimId: string,
  expectedVersion: number,
  input: unknown,
): Promise<ActionResult<ClaimView>> {
  return runValueAction(
    { input, expectedVersion },
    z.object({ input: resolutionSchema, expectedVersion: version }),
    (actor, v) => resolveClaim(actor, claimId, v.input, v.expectedVersion).claim,
  );
}

export async function citeSourceAction(claimId: string, input: unknown): Promise<ActionResult<ClaimView>> {
  return runValueAction(input, addSourceSchema, (actor, value) => citeSource(actor, claimId, value).claim);
}

export async function editCitationAction(
  claimId: string,
  linkId: string,
  expectedVersion: number,
  input: unknown,
): Promise<ActionResult<ClaimView>> {
  return runValueAction(
    { input, expectedVersion },
    z.object({ input: updateClaimSourceSchema, expectedVersion: version }),
    (actor, v) => editCitation(actor, claimId, linkId, v.input, v.expectedVersion).claim,
  );
}

export async function removeCitationAction(
  claimId: string,
  linkId: string,
  expectedVersion: number,
): Promise<ActionResult<ClaimView>> {
  return runValueAction({ expectedVersion }, z.object({ expectedVersion: version }), (actor, v) =>
    removeCitation(actor, claimId, linkId, v.expectedVersion),
  );
}

export async function claimDetailsAction(claimId: string): Promise<ActionResult<ClaimDetails>> {
  return runValueAction({}, z.object({}), (actor) => ({
    comments: listClaimComments(actor, claimId),
    history: getClaimHistory(actor, claimId),
  }));
}

// A change to a discussion answers with all the claim panel shows that it changed (the claim's
// comment count, the history), so the page needs no further round trip. They are read after
// the write's transaction, through the same services and rights as any read.
function discussionAfter(actor: SessionActor, claimId: string): DiscussionChange {
  return { claim: getClaim(actor, claimId), history: getClaimHistory(actor, claimId) };
}

export async function addCommentAction(claimId: string, input: unknown): Promise<ActionResult<SavedComment>> {
  return runValueAction(input, commentSchema, (actor, value) => {
    const comment = addComment(actor, claimId, value);
    return { comment, ...discussionAfter(actor, claimId) };
  });
}

export async function editCommentAction(
  commentId: string,
  expectedVersion: number,
  input: unknown,
): Promise<ActionResult<SavedComment>> {
  return runValueAction(
    { input, expectedVersion },
    z.object({ input: updateCommentSchema, expectedVersion: version }),
    (actor, v) => {
      const comment = editComment(actor, commentId, v.input.body, v.expectedVersion);
      return { comment, ...discussionAfter(actor, comment.claimId) };
    },
  );
}

export async function deleteCommentAction(
  commentId: string,
  expectedVersion: number,
): Promise<ActionResult<DiscussionChange>> {
  return runValueAction({ expectedVersion }, z.object({ expectedVersion: version }), (actor, v) => {
    const { claimId } = getComment(actor, commentId);
    deleteComment(actor, commentId, v.expectedVersion);
    return discussionAfter(actor, claimId);
  });
}

/** The document's current revision, to load after someone else saved one. */
export async function getDocumentContentAction(documentId: string): Promise<ActionResult<DocumentContent>> {
  return runValueAction({}, z.object({}), (actor) => {
    const document = getDocument(actor, documentId);
    return { content: document.content, revision: document.revision, version: document.version };
  });
}

export async function saveRevisionAction(
  documentId: string,
  expectedVersion: number,
  content: unknown,
): Promise<ActionResult<RevisionResult>> {
  return runValueAction(
    { content, expectedVersion },
    z.object({ content: z.record(z.string(), z.unknown()), expectedVersion: version }),
    (actor, v) =>
      saveRevision(actor, documentId, documentContentSchema.parse({ content: v.content }), v.expectedVersion),
  );
}

export async function listSuggestionsAction(documentId: string): Promise<ActionResult<SuggestionList>> {
  return runValueAction({}, z.object({}), (actor) => listSuggestions(actor, documentId));
}

export async function dismissSuggestionAction(documentId: string, input: unknown): Promise<ActionResult<null>> {
  return runValueAction(input, dismissSuggestionSchema, (actor, value) => {
    dismissSuggestion(actor, documentId, value);
    return null;
  });
}

/** Resolves a claim as one reviewer's verdict; `expectedVersion` is the resolution's, as for resolveClaimAction. */
export async function adoptVerdictAction(
  claimId: string,
  expectedVersion: number,
  input: unknown,
): Promise<ActionResult<ClaimView>> {
  return runValueAction(
    { input, expectedVersion },
    z.object({ input: adoptVerdictSchema, expectedVersion: version }),
    (actor, v) => adoptVerdict(actor, claimId, v.input, v.expectedVersion).claim,
  );
}

/** Puts the claim on the words `input.selector` names (`{selector}`), or orphans it (`{orphaned: true}`). */
export async function reattachClaimAction(
  claimId: string,
  expectedVersion: number,
  input: unknown,
): Promise<ActionResult<ClaimView>> {
  return runValueAction(
    { input, expectedVersion },
    z.object({ input: reattachClaimSchema, expectedVersion: version }),
    (actor, v) => reattachClaim(actor, claimId, v.input, v.expectedVersion),
  );
}
