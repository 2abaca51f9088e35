import "server-only";
import { can } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors";
import type { ProjectJsonDocumentRows, ProjectJsonInput, ProjectJsonSource } from "@/lib/export/project-json";
import type { Document, Source } from "@/db/schema";
import { listClaimRowsByDocumentId } from "@/db/queries/claims";
import { listCommentRowsInScope } from "@/db/queries/comments";
import { getDocumentById, getRevision, listDocumentRowsByProjectId } from "@/db/queries/documents";
import { listMembersByProjectId } from "@/db/queries/projects";
import { listClaimSourcesInScope, listSourcesByProjectId } from "@/db/queries/sources";
import type { Executor } from "@/db/queries/transaction";
import { listUsersReferencedByProjectId } from "@/db/queries/users";
import { listResolutionsInScope, listVerdictHistoryInScope, listVerdictsInScope } from "@/db/queries/verdicts";
import type { ProjectAccess } from "./authorize-project";

/**
 * Loads what the `claimdesk/1` export (lib/export/project-json.ts) is built from, as `access`
 * may see it: the caller has checked `project:read`. Blind review holds: where the reader may
 * not see the other reviewers' ratings of a claim, only their own verdict is loaded, no
 * resolution, and the claim is marked as withheld.
 *
 * For a streaming export: `loadProjectJsonHead` once, then `loadProjectJsonDocumentRows` for one
 * document at a time (each reads only that document's rows).
 */
export function loadProjectJsonInput(
  q: Executor,
  access: ProjectAccess,
  options: { documentId?: string; exportedAt?: string } = {},
): ProjectJsonInput {
  const documents = options.documentId
    ? [documentOfProject(q, access, options.documentId)]
    : listDocumentRowsByProjectId(q, { projectId: access.project.id });
  const rows = documents.map((document) => loadProjectJsonDocumentRows(q, access, document));
  const head = loadProjectJsonHead(q, access, {
    scope: options.documentId ? "document" : "project",
    exportedAt: options.exportedAt,
  });
  if (options.documentId) {
    const cited = new Set(rows.flatMap((r) => r.citations.map((c) => c.sourceId)));
    head.sources = head.sources.filter((s) => cited.has(s.id));
  }
  return { ...head, documents: rows };
}

function documentOfProject(q: Executor, access: ProjectAccess, documentId: string): Document {
  const document = getDocumentById(q, { id: documentId });
  if (!document || document.projectId !== access.project.id) throw notFound("Document");
  return document;
}

function sourceJson(s: Source): ProjectJsonSource {
  return {
    id: s.id,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    author: s.author,
    publishedAt: s.publishedAt,
    accessedAt: s.accessedAt,
    kind: s.kind,
    credibility: s.credibility,
    archivedUrl: s.archivedUrl,
    createdBy: s.createdBy,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** The project, the people its work names (members with their role) and all its sources. */
export function loadProjectJsonHead(
  q: Executor,
  access: ProjectAccess,
  options: { scope: ProjectJsonInput["scope"]; exportedAt?: string | undefined },
): Omit<ProjectJsonInput, "documents"> {
  const { project } = access;
  const roles = new Map(listMembersByProjectId(q, { projectId: project.id }).map((m) => [m.userId, m.role]));
  return {
    scope: options.scope,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    project: {
      id: project.id,
      name: project.name,
      organization: project.organizationName ? { name: project.organizationName, url: project.organizationUrl } : null,
      ratingScale: project.ratingScale,
      isBlindReview: project.isBlindReview,
      createdAt: project.createdAt,
    },
    people: listUsersReferencedByProjectId(q, { projectId: project.id }).map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: roles.get(u.id) ?? null,
    })),
    sources: listSourcesByProjectId(q, { projectId: project.id }).map(sourceJson),
  };
}

/** One document's rows: its current revision, live claims, and what is attached to them. */
export function loadProjectJsonDocumentRows(
  q: Executor,
  access: ProjectAccess,
  document: Document,
): ProjectJsonDocumentRows {
  const { actor, role, project } = access;
  const scope = { documentId: document.id };
  const revision = getRevision(q, { documentId: document.id, number: document.revision });
  if (!revision) throw notFound("Document revision");
  const claims = listClaimRowsByDocumentId(q, scope);
  const live = new Set(claims.map((c) => c.id));

  const allVerdicts = listVerdictsInScope(q, scope).filter((v) => live.has(v.claimId));
  const resolutions = listResolutionsInScope(q, scope).filter((r) => live.has(r.claimId));
  const withheld = new Set<string>();
  const seesAll = new Map<string, boolean>();
  for (const claim of claims) {
    const hasOwnVerdict = allVerdicts.some((v) => v.claimId === claim.id && v.userId === actor.userId);
    const sees = can(actor, "verdicts:see-others", {
      kind: "verdicts",
      role,
      isBlindReview: project.isBlindReview,
      hasOwnVerdict,
    });
    seesAll.set(claim.id, sees);
    const hidesSomething =
      allVerdicts.some((v) => v.claimId === claim.id && v.userId !== actor.userId) ||
      resolutions.some((r) => r.claimId === claim.id);
    if (!sees && hidesSomething) withheld.add(claim.id);
  }
  const verdicts = allVerdicts.filter((v) => seesAll.get(v.claimId) || v.userId === actor.userId);
  const verdictIds = new Set(verdicts.map((v) => v.id));

  return {
    document: {
      id: document.id,
      title: document.title,
      sourceUrl: document.sourceUrl,
      publisher: document.publisher,
      author: document.author,
      publishedAt: document.publishedAt,
      language: document.language,
      createdBy: document.createdBy,
      createdAt: document.createdAt,
      updatedAt: document.updatedAt,
    },
    revision: {
      number: revision.number,
      text: revision.text,
      content: revision.content,
      createdAt: revision.createdAt,
    },
    claims: claims.map((c) => ({
      id: c.id,
      exact: c.exact,
      prefix: c.prefix,
      suffix: c.suffix,
      start: c.start,
      end: c.end,
      anchorStatus: c.anchorStatus,
      anchorScore: c.anchorScore,
      claimText: c.claimText,
      claimant: c.claimant,
      status: c.status,
      assigneeId: c.assigneeId,
      tags: c.tags,
      importedFrom: c.importedFrom,
      createdBy: c.createdBy,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    })),
    verdicts: verdicts.map((v) => ({
      id: v.id,
      claimId: v.claimId,
      userId: v.userId,
      rating: v.rating,
      confidence: v.confidence,
      rationale: v.rationale,
      createdAt: v.createdAt,
      updatedAt: v.updatedAt,
    })),
    verdictHistory: listVerdictHistoryInScope(q, scope)
      .filter((h) => verdictIds.has(h.verdictId))
      .map((h) => ({
        verdictId: h.verdictId,
        version: h.version,
        rating: h.rating,
        confidence: h.confidence,
        rationale: h.rationale,
        createdAt: h.createdAt,
      })),
    resolutions: resolutions
      .filter((r) => seesAll.get(r.claimId))
      .map((r) => ({
        claimId: r.claimId,
        userId: r.userId,
        rating: r.rating,
        rationale: r.rationale,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      })),
    citations: listClaimSourcesInScope(q, scope)
      .filter(({ link }) => live.has(link.claimId))
      .map(({ link }) => ({
        id: link.id,
        claimId: link.claimId,
        sourceId: link.sourceId,
        stance: link.stance,
        excerpt: link.excerpt,
        createdBy: link.createdBy,
        createdAt: link.createdAt,
        updatedAt: link.updatedAt,
      })),
    comments: listCommentRowsInScope(q, scope)
      .filter((c) => live.has(c.claimId))
      .map((c) => ({
        id: c.id,
        claimId: c.claimId,
        parentId: c.parentId,
        userId: c.userId,
        body: c.body,
        importedFrom: c.importedFrom,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        deletedAt: c.deletedAt,
      })),
    withheldClaimIds: withheld,
  };
}
