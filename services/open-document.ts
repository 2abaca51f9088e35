import "server-only";
import { can } from "@/lib/auth/policy";
import type { DocumentPermissions, MemberView } from "@/lib/claims/types";
import { notFound } from "@/lib/errors";
import { getRevision } from "@/db/queries/documents";
import { listMembersByProjectId, type MemberWithUser } from "@/db/queries/projects";
import type { Project } from "@/db/schema";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { toDocumentView, type DocumentView } from "./support/document-view";
import { loadDocument } from "./support/load-document";

export type OpenedDocument = {
  document: DocumentView;
  project: Pick<Project, "id" | "name" | "ratingScale" | "isBlindReview">;
  members: MemberWithUser[];
  /** The members a claim may be assigned to (those who may give verdicts), as the policy answers it. */
  assignees: MemberView[];
  permissions: DocumentPermissions;
};

/**
 * What the document page shows around its claims, for one reader, checked once and read from
 * one snapshot of the database: the document, the project's members, and what the reader may
 * do. The claims come apart (readDocumentClaims), so the text can be drawn while they are made.
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
      members,
      assignees: members
        .filter((m) =>
          can({ userId: m.userId, instanceRole: "member" }, "verdict:give", { kind: "project", role: m.role }),
        )
        .map((m) => ({ userId: m.userId, name: m.name, role: m.role })),
      permissions: {
        markClaim: can(actor, "claim:create", inProject),
        editText: can(actor, "document:edit", inProject),
        importAnnotations: can(actor, "annotations:import", inProject),
        dismissSuggestion: can(actor, "suggestion:dismiss", inProject),
      },
    };
  });
}
