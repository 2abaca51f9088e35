import "server-only";
import type { ReportTocEntry } from "@/lib/export/html-report";
import type { ExportDocument, ExportProject } from "@/lib/export/types";
import { listDocumentRowsByProjectId } from "@/db/queries/documents";
import { countClaimsByDocument } from "@/db/queries/stats";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { exportBaseUrl, exportProjectOf, loadExportDocuments } from "./support/load-export";

export type ProjectReport = {
  project: ExportProject;
  /** The table of contents: every document in the project page's order, with its claims counted. */
  contents: ReportTocEntry[];
  /** The documents in the same order, with their claims as the reader may see them. */
  documents: ExportDocument[];
};

/**
 * A project's verdict report for the actor (a viewer gets what a reader of the project sees;
 * a reviewer under blind review, no rating withheld from them): every document with its
 * claims, read in one snapshot with one query per kind of row for the whole project.
 */
export function openProjectReport(actor: SessionActor, projectId: string, requestOrigin: string): ProjectReport {
  return readTransaction((q) => {
    const access = authorizeProject(q, actor, projectId, "project:read");
    const rows = listDocumentRowsByProjectId(q, { projectId });
    const documents = loadExportDocuments(q, access, rows, { projectId }, exportBaseUrl(requestOrigin));
    const counts = new Map(countClaimsByDocument(q, { projectId }).map((c) => [c.documentId, c.claims]));
    return {
      project: exportProjectOf(access.project),
      contents: rows.map((d) => ({
        id: d.id,
        title: d.title,
        publisher: d.publisher,
        publishedAt: d.publishedAt,
        claimCount: counts.get(d.id) ?? 0,
      })),
      documents,
    };
  });
}
