import "server-only";
import { buildExport, writeExport, writeProjectJson, type ExportSubject } from "@/lib/export/export-writer";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { exportFile, parseExportFormat, pdfFile, textStream, type ExportFile } from "./support/export-file";
import { loadDocument } from "./support/load-document";
import { loadProjectJsonInput } from "./support/load-project-json";
import { openDocumentReport } from "./open-document-report";

/**
 * A document's export in `format` (see lib/export/formats), as the actor may see it: what a
 * reader of the project sees, blind review applied. Read in one snapshot; the text formats
 * stream as the client reads, the PDF is printed from the report's HTML, `json` is the
 * `claimdesk/1` file of the document (lib/export/project-json.ts). An unknown format is 422,
 * a document the actor cannot see 404, a PDF without Chromium 503. `requestOrigin` is where
 * links point when PUBLIC_BASE_URL is not set.
 */
export async function exportDocument(
  actor: SessionActor,
  documentId: string,
  format: string | null,
  requestOrigin: string,
): Promise<ExportFile> {
  const kind = parseExportFormat(format);
  if (kind === "json") {
    const { title, input } = readTransaction((q) => {
      const access = loadDocument(q, actor, documentId, "project:read");
      return { title: access.document.title, input: loadProjectJsonInput(q, access, { documentId }) };
    });
    return exportFile("json", title, "document", textStream(writeProjectJson(input)));
  }
  const { document: doc } = openDocumentReport(actor, documentId, requestOrigin);
  const subject: ExportSubject = { kind: "document", document: doc };
  if (kind === "pdf") return pdfFile(doc.title, "document", buildExport("html", subject, [doc]));
  return exportFile(kind, doc.title, "document", textStream(writeExport(kind, subject, [doc])));
}
