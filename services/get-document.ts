import "server-only";
import { canInProject, canSeeOthersVerdicts, type ProjectRole } from "@/lib/auth/policy";
import { AppError, notFound } from "@/lib/errors";
import type { DocNode } from "@/lib/text/doc-node";
import { getDocumentById, getRevision, listDocumentsByProjectId, type DocumentSummary } from "@/db/queries/documents";
import type { ProjectRow } from "@/db/queries/projects";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import { authorizeProject } from "./authorize-project";

/** What the reader may do on the document page (the services check again on every write). */
export type DocumentCapabilities = { canMark: boolean; canReview: boolean; canResolve: boolean; canEditDocument: boolean; canDeleteAny: boolean };

export type DocumentView = {
  id: string;
  projectId: string;
  title: string;
  sourceUrl: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  revision: number;
  /** The canonical text: every selector's offsets (code points) refer to it. */
  text: string;
  content: DocNode;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** One document with its current revision's text and content; 404 when the actor may not see it. */
export function getDocument(
  actor: SessionActor,
  documentId: string,
): { document: DocumentView; project: ProjectRow; role: ProjectRole | null; canEdit: boolean; can: DocumentCapabilities } {
  const q = reader();
  const doc = getDocumentById(q, { id: documentId });
  if (!doc) throw notFound("Document");
  let access;
  try {
    access = authorizeProject(q, actor, doc.projectId, "document:read");
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") throw notFound("Document");
    throw error;
  }
  const revision = getRevision(q, { documentId, number: doc.revision });
  if (!revision) throw notFound("Document revision");
  return {
    document: {
      id: doc.id,
      projectId: doc.projectId,
      title: doc.title,
      sourceUrl: doc.sourceUrl,
      publisher: doc.publisher,
      author: doc.author,
      publishedAt: doc.publishedAt,
      language: doc.language,
      revision: doc.revision,
      text: revision.text,
      content: revision.content,
      version: doc.version,
      createdAt: doc.createdAt,
      updatedAt: doc.updatedAt,
    },
    project: access.project,
    role: access.role,
    canEdit: canInProject(actor, access.role, "document:edit"),
    can: {
      canMark: canInProject(actor, access.role, "claim:create"),
      canReview: canInProject(actor, access.role, "verdict:give"),
      canResolve: canInProject(actor, access.role, "resolution:give"),
      canEditDocument: canInProject(actor, access.role, "document:edit"),
      canDeleteAny: canInProject(actor, access.role, "claim:delete"),
    },
  };
}

export function listDocuments(actor: SessionActor, projectId: string): DocumentSummary[] {
  const { project, role } = authorizeProject(reader(), actor, projectId, "document:read");
  const seesAll = canSeeOthersVerdicts(actor, role, { isBlindReview: project.isBlindReview, hasOwnVerdict: false });
  return listDocumentsByProjectId(reader(), { projectId, ...(seesAll ? {} : { blindReaderId: actor.userId }) });
}
