import "server-only";
import type { ExportDocument } from "@/lib/export/types";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { exportBaseUrl, loadExportDocuments } from "./support/load-export";
import { loadDocument } from "./support/load-document";

export type DocumentReport = {
  document: ExportDocument;
  project: { id: string; name: string };
};

/**
 * A document's verdict report for the actor: its claims as they may see them (blind review
 * applied), read in one snapshot. 404 when they cannot see the document.
 */
export function openDocumentReport(actor: SessionActor, documentId: string, requestOrigin: string): DocumentReport {
  return readTransaction((q) => {
    const access = loadDocument(q, actor, documentId, "project:read");
    const [document] = loadExportDocuments(q, access, [access.document], { documentId }, exportBaseUrl(requestOrigin));
    return { document: document as ExportDocument, project: { id: access.project.id, name: access.project.name } };
  });
}
