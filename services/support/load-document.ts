import "server-only";
import type { ProjectAction } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors";
import type { Document } from "@/db/schema";
import { getDocumentById } from "@/db/queries/documents";
import type { Executor } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import { authorizeProject, type ProjectAccess } from "./authorize-project";

export type DocumentContext = ProjectAccess & { document: Document };

/** Loads a document and checks `action` in its project; a document the actor may not see is 404. */
export function loadDocument(
  q: Executor,
  actor: SessionActor,
  documentId: string,
  action: ProjectAction,
): DocumentContext {
  const document = getDocumentById(q, { id: documentId });
  if (!document) throw notFound("Document");
  return { ...authorizeProject(q, actor, document.projectId, action, "Document"), document };
}
