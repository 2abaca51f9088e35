import type { ExportDocument } from "./types";

/** Links the exports print, all absolute under the document's `baseUrl`. */

function base(doc: Pick<ExportDocument, "baseUrl">): string {
  return doc.baseUrl.replace(/\/+$/, "");
}

/** The document's page in ClaimDesk. */
export function documentPageUrl(doc: Pick<ExportDocument, "baseUrl" | "id">): string {
  return `${base(doc)}/documents/${encodeURIComponent(doc.id)}`;
}

/** The document's verdict report. */
export function documentReportUrl(doc: Pick<ExportDocument, "baseUrl" | "id">): string {
  return `${documentPageUrl(doc)}/report`;
}

/** One claim inside the document's verdict report (what ClaimReview's `url` names). */
export function reportClaimUrl(doc: Pick<ExportDocument, "baseUrl" | "id">, claimId: string): string {
  return `${documentPageUrl(doc)}/report#claim-${encodeURIComponent(claimId)}`;
}

/** The claim as an API resource; the identity of its Web Annotation. */
export function claimApiUrl(doc: Pick<ExportDocument, "baseUrl">, claimId: string): string {
  return `${base(doc)}/api/v1/claims/${encodeURIComponent(claimId)}`;
}

/** The API URL that answers the document's export in `format`. */
export function documentExportUrl(doc: Pick<ExportDocument, "baseUrl" | "id">, format: string): string {
  return `${base(doc)}/api/v1/documents/${encodeURIComponent(doc.id)}/export?format=${encodeURIComponent(format)}`;
}

/** The project's verdict report. */
export function projectReportUrl(baseUrl: string, projectId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/projects/${encodeURIComponent(projectId)}/report`;
}

/** The API URL that answers the project's export in `format`. */
export function projectExportUrl(baseUrl: string, projectId: string, format: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/api/v1/projects/${encodeURIComponent(projectId)}/export?format=${encodeURIComponent(format)}`;
}
