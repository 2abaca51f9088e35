import "server-only";
import {
  buildExport,
  EXPORT_PAUSE,
  writeExport,
  writeProjectJson,
  type ExportPause,
  type ExportSubject,
} from "@/lib/export/export-writer";
import type { ReportTocEntry } from "@/lib/export/html-report";
import type { ExportClaim, ExportDocument } from "@/lib/export/types";
import { getDocumentById, listDocumentRowsByProjectId } from "@/db/queries/documents";
import { countClaimsByDocument } from "@/db/queries/stats";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { exportFile, parseExportFormat, pdfFile, textStream, type ExportFile } from "./support/export-file";
import { exportBaseUrl, exportProjectOf, readExportDocuments } from "./support/load-export";
import { loadProjectJsonInput } from "./support/load-project-json";
import { openProjectReport } from "./open-project-report";

/** Claims made between two pauses of a project's streamed export. */
const CLAIMS_PER_PAUSE = 500;

/**
 * A project's export in `format`: every document, in the project page's order, as the actor
 * may see it.
 *
 * The text formats stream a document at a time: the file's opening leaves at once, then each
 * document is read (in a read snapshot of its own, its access checked again) only when the
 * client has taken the one before, so a project of any size is never held whole. Each
 * document is consistent in itself; a document added while the export runs is not in it, and
 * one whose reader lost access meanwhile ends the stream with an error. The PDF needs the
 * whole report at once and is printed from one snapshot. So is `json` read, whole, in one
 * snapshot (then written out a document at a time): a file meant to be restored must not cite
 * a source or name a person that a snapshot taken later than its head added.
 */
export async function exportProject(
  actor: SessionActor,
  projectId: string,
  format: string | null,
  requestOrigin: string,
): Promise<ExportFile> {
  const kind = parseExportFormat(format);
  const baseUrl = exportBaseUrl(requestOrigin);
  if (kind === "json") {
    const { name, input } = readTransaction((q) => {
      const access = authorizeProject(q, actor, projectId, "project:read");
      return { name: access.project.name, input: loadProjectJsonInput(q, access) };
    });
    return exportFile("json", name, "project", textStream(writeProjectJson(input)));
  }
  if (kind === "pdf") {
    const report = openProjectReport(actor, projectId, requestOrigin);
    const subject: ExportSubject = { kind: "project", project: report.project, baseUrl, contents: report.contents };
    return pdfFile(report.project.name, "project", buildExport("html", subject, report.documents));
  }

  const { subject, projectName, documentIds } = readTransaction((q) => {
    const access = authorizeProject(q, actor, projectId, "project:read");
    const documents = listDocumentRowsByProjectId(q, { projectId });
    const counts = new Map(countClaimsByDocument(q, { projectId }).map((c) => [c.documentId, c.claims]));
    const contents: ReportTocEntry[] = documents.map((d) => ({
      id: d.id,
      title: d.title,
      publisher: d.publisher,
      publishedAt: d.publishedAt,
      claimCount: counts.get(d.id) ?? 0,
    }));
    const s: ExportSubject = { kind: "project", project: exportProjectOf(access.project), baseUrl, contents };
    return { subject: s, projectName: access.project.name, documentIds: documents.map((d) => d.id) };
  });

  // Each document is read in one snapshot, then its claims made a batch at a time, the stream
  // pausing between batches: a document of thousands of claims does not hold the server.
  function* documents(): Generator<ExportDocument | ExportPause> {
    for (const documentId of documentIds) {
      const read = readTransaction((q) => {
        const access = authorizeProject(q, actor, projectId, "project:read");
        const row = getDocumentById(q, { id: documentId });
        if (!row || row.projectId !== projectId) return null;
        return readExportDocuments(q, access, [row], { documentId }, baseUrl);
      });
      if (!read) continue;
      const claims: ExportClaim[] = [];
      for (const row of read.rows) {
        claims.push(read.claim(row));
        if (claims.length % CLAIMS_PER_PAUSE === 0) yield EXPORT_PAUSE;
      }
      const [doc] = read.documents(claims);
      if (doc) yield doc;
    }
  }
  return exportFile(kind, projectName, "project", textStream(writeExport(kind, subject, documents())));
}
