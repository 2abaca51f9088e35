import "server-only";
import { can } from "@/lib/auth/policy";
import type { ClaimView, DocumentPermissions, MemberView } from "@/lib/claims/types";
import { notFound } from "@/lib/errors";
import { countLiveClaimsByDocumentId, listFirstClaimRowsByDocumentId } from "@/db/queries/claims";
import { getRevision } from "@/db/queries/documents";
import { latestEventIdByDocumentId } from "@/db/queries/events";
import { listMembersByProjectId, type MemberWithUser } from "@/db/queries/projects";
import type { Project } from "@/db/schema";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { buildClaimViews } from "./support/claim-views";
import { toDocumentView, type DocumentView } from "./support/document-view";
import { loadDocument } from "./support/load-document";
import { givesVerdicts } from "./support/assignee";

export type OpenedDocument = {
  document: DocumentView;
  project: Pick<Project, "id" | "name" | "ratingScale" | "isBlindReview">;
  /**
   * The claims of the text a reader sees first (FIRST_CLAIMS_BEFORE, at most FIRST_CLAIMS_LIMIT),
   * drawn with the text; the rest come apart (readDocumentClaims) once it is drawn.
   */
  firstClaims: ClaimView[];
  /** How many live claims the document has (anchored or not). */
  claimCount: number;
  /** The audit event the first claims include, where the live stream starts when they are all of them. */
  eventsAfter: number;
  members: MemberWithUser[];
  /** The members a claim may be assigned to (those who may give verdicts), as the policy answers it. */
  assignees: MemberView[];
  permissions: DocumentPermissions;
};

/** The first claims are those starting in this many code points of the text (a few screens)… */
export const FIRST_CLAIMS_BEFORE = 8_000;
/** …and no more than these. */
export const FIRST_CLAIMS_LIMIT = 200;

/**
 * What the document page shows around its claims, for one reader, checked once and read from
 * one snapshot of the database: the document, the claims of its first screens, the project's
 * members, and what the reader may do. A document with thousands of claims would cost far more
 * to make, send and draw with all of them than its text alone: the page draws the text with the
 * claims a reader sees first, then loads the rest (readDocumentClaims, docs/PERFORMANCE.md).
 */
export function openDocument(actor: SessionActor, documentId: string): OpenedDocument {
  return readTransaction((q) => {
    const access = loadDocument(q, actor, documentId, "project:read");
    const { document, project, role } = access;
    const revision = getRevision(q, { documentId, number: document.revision });
    if (!revision) throw notFound("Document revision");
    const inProject = { kind: "project", role } as const;
    const members = listMembersByProjectId(q, { projectId: project.id });
    const firstRows = listFirstClaimRowsByDocumentId(q, {
      documentId,
      before: FIRST_CLAIMS_BEFORE,
      limit: FIRST_CLAIMS_LIMIT,
    });
    return {
      document: toDocumentView(document, revision),
      project: {
        id: project.id,
        name: project.name,
        ratingScale: project.ratingScale,
        isBlindReview: project.isBlindReview,
      },
      firstClaims: buildClaimViews(q, firstRows, { claimIds: firstRows.map((c) => c.id) }, access),
      claimCount: countLiveClaimsByDocumentId(q, { documentId }),
      eventsAfter: latestEventIdByDocumentId(q, { documentId }),
      members,
      assignees: members.filter((m) => givesVerdicts(m)).map((m) => ({ userId: m.userId, name: m.name, role: m.role })),
      permissions: {
        markClaim: can(actor, "claim:create", inProject),
        editText: can(actor, "document:edit", inProject),
        importAnnotations: can(actor, "annotations:import", inProject),
        dismissSuggestion: can(actor, "suggestion:dismiss", inProject),
      },
    };
  });
}
