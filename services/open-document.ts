import "server-only";
import { can } from "@/lib/auth/policy";
import type { ClaimView, DocumentPermissions, MemberView } from "@/lib/claims/types";
import { notFound } from "@/lib/errors";
import { listClaimRowsByDocumentId } from "@/db/queries/claims";
import { getRevision } from "@/db/queries/documents";
import { latestEventIdByDocumentId } from "@/db/queries/events";
import { listMembersByProjectId, type MemberWithUser } from "@/db/queries/projects";
import type { Project } from "@/db/schema";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { buildClaimViews } from "./support/claim-views";
import { toDocumentView, type DocumentView } from "./support/document-view";
import { loadDocument } from "./support/load-document";

export type OpenedDocument = {
  document: DocumentView;
  project: Pick<Project, "id" | "name" | "ratingScale" | "isBlindReview">;
  claims: ClaimView[];
  members: MemberWithUser[];
  /** The members a claim may be assigned to (those who may give verdicts), as the policy answers it. */
  assignees: MemberView[];
  /** The live stream resumes after this event: it was read in the same snapshot as the claims. */
  eventsAfter: number;
  permissions: DocumentPermissions;
};

/**
 * Everything the document page shows, for one reader, checked once and read from one snapshot
 * of the database: the document, its claims, the project's members, where the live stream
 * starts, and what the reader may do.
 */
export function openDocument(actor: SessionActor, documentId: string): OpenedDocument {
  return readTransaction((q) => {
    const access = loadDocument(q, actor, documentId, "project:read");
    const { document, project, role } = access;
    const revision = getRevision(q, { documentId, number: document.revision });
    if (!revision) throw notFound("Document revision");
    const inProject = { kind: "project", role } as const;
    const members = listMembersByProjectId(q, { projectId: project.id });
    return {
      document: toDocumentView(document, revision),
      project: {
        id: project.id,
        name: project.name,
        ratingScale: project.ratingScale,
        isBlindReview: project.isBlindReview,
      },
      claims: buildClaimViews(q, listClaimRowsByDocumentId(q, { documentId }), { documentId }, access),
      members,
      assignees: members
        .filter((m) =>
          can({ userId: m.userId, instanceRole: "member" }, "verdict:give", { kind: "project", role: m.role }),
        )
        .map((m) => ({ userId: m.userId, name: m.name, role: m.role })),
      eventsAfter: latestEventIdByDocumentId(q, { documentId }),
      permissions: {
        markClaim: can(actor, "claim:create", inProject),
        editText: can(actor, "document:edit", inProject),
        importAnnotations: can(actor, "annotations:import", inProject),
        dismissSuggestion: can(actor, "suggestion:dismiss", inProject),
      },
    };
  });
}
