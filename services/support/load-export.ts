import "server-only";
import type { ExportClaim, ExportDocument, ExportProject } from "@/lib/export/types";
import { getConfig } from "@/lib/config";
import type { ClaimView } from "@/lib/claims/types";
import { listClaimRowsByDocumentId, listClaimRowsByProjectId } from "@/db/queries/claims";
import { listCurrentRevisionTexts } from "@/db/queries/documents";
import type { Claim, Document, Project } from "@/db/schema";
import type { Executor } from "@/db/queries/transaction";
import { listUserNamesByIds } from "@/db/queries/users";
import type { ProjectAccess } from "./authorize-project";
import { claimViewBuilder } from "./claim-views";

/**
 * Loads what the export builders of lib/export take: documents with their current text and
 * their claims as the reader may see them. The claims are the API's claim objects (the one
 * builder, so blind review hides in an export exactly what it hides on the page), with the
 * names the exports print. One query per kind of row for the whole set, never one per claim;
 * the caller runs it inside one read transaction, so the set is one snapshot.
 */

/** The project as the exports name it: its organisation is ClaimReview's author. */
export function exportProjectOf(project: Project): ExportProject {
  return {
    id: project.id,
    name: project.name,
    organization: project.organizationName ? { name: project.organizationName, url: project.organizationUrl } : null,
    ratingScale: project.ratingScale,
  };
}

/** Where exported links point: PUBLIC_BASE_URL, else the origin the request came to. */
export function exportBaseUrl(requestOrigin: string): string {
  return (getConfig().publicBaseUrl ?? requestOrigin).replace(/\/+$/, "");
}

function exportClaim(view: ClaimView, names: Map<string, string>): ExportClaim {
  return {
    id: view.id,
    documentId: view.documentId,
    selector: view.selector,
    claimText: view.claimText,
    claimant: view.claimant,
    status: view.status,
    anchorStatus: view.anchorStatus,
    anchorScore: view.anchorScore,
    verdicts: view.verdicts,
    verdictsHidden: view.verdictsHidden,
    sources: view.sources,
    gaps: view.gaps,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    resolution: view.resolution
      ? { ...view.resolution, userName: view.resolution.userId ? (names.get(view.resolution.userId) ?? null) : null }
      : null,
    createdByName: view.createdBy ? (names.get(view.createdBy) ?? null) : null,
  };
}

/** What an export read of some documents, in one snapshot: their claims are made from it in memory. */
export interface ExportRead {
  /** The claims' rows, in text order (orphaned claims last). */
  rows: Claim[];
  /** The export's claim of one of `rows`, as the reader may see it (no database read). */
  claim: (row: Claim) => ExportClaim;
  /** The documents, in the order given, with `claims` (made from `rows`) placed in each. */
  documents: (claims: ExportClaim[]) => ExportDocument[];
}

/**
 * Reads `documents` (one document, or a project's) as `access` may see them: their current
 * texts, their claims' rows and everything the claims show (claimViewBuilder), and the names
 * the exports print. `scope` names what they are: the one document, or every document of the
 * project. Nothing is read after it returns.
 */
export function readExportDocuments(
  q: Executor,
  access: ProjectAccess,
  documents: Document[],
  scope: { documentId: string } | { projectId: string },
  baseUrl: string,
): ExportRead {
  const texts = listCurrentRevisionTexts(q, scope);
  const rows = "documentId" in scope ? listClaimRowsByDocumentId(q, scope) : listClaimRowsByProjectId(q, scope);
  const builder = claimViewBuilder(q, scope, access);
  const userIds = new Set(builder.resolverIds);
  for (const row of rows) if (row.createdBy) userIds.add(row.createdBy);
  const names = listUserNamesByIds(q, { ids: [...userIds] });
  const project = exportProjectOf(access.project);
  return {
    rows,
    claim: (row) => exportClaim(builder.view(row), names),
    documents: (claims) => {
      const claimsByDocument = new Map<string, ExportClaim[]>();
      for (const claim of claims) {
        const list = claimsByDocument.get(claim.documentId);
        if (list) list.push(claim);
        else claimsByDocument.set(claim.documentId, [claim]);
      }
      return documents.map((doc) => {
        const text = texts.get(doc.id);
        if (text === undefined) throw new Error(`document ${doc.id} has no revision ${doc.revision}`);
        return {
          id: doc.id,
          title: doc.title,
          sourceUrl: doc.sourceUrl,
          publisher: doc.publisher,
          author: doc.author,
          publishedAt: doc.publishedAt,
          language: doc.language,
          revision: doc.revision,
          text,
          project,
          claims: claimsByDocument.get(doc.id) ?? [],
          baseUrl,
        };
      });
    },
  };
}

/** `documents` read and made at once (readExportDocuments), in the order given. */
export function loadExportDocuments(
  q: Executor,
  access: ProjectAccess,
  documents: Document[],
  scope: { documentId: string } | { projectId: string },
  baseUrl: string,
): ExportDocument[] {
  if (documents.length === 0) return [];
  const read = readExportDocuments(q, access, documents, scope, baseUrl);
  return read.documents(read.rows.map(read.claim));
}
