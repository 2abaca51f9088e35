import "server-only";
import { notFound } from "@/lib/errors";
import { getRevision } from "@/db/queries/documents";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { toDocumentView, type DocumentView } from "./support/document-view";
import { loadDocument } from "./support/load-document";

/** One document with its current revision's text and content; 404 when the actor may not see it. */
export function getDocument(actor: SessionActor, documentId: string): DocumentView {
  const q = reader();
  const { document } = loadDocument(q, actor, documentId, "project:read");
  const revision = getRevision(q, { documentId, number: document.revision });
  if (!revision) throw notFound("Document revision");
  return toDocumentView(document, revision);
}
