import type { AnchorStatus, StoredAnchor } from "../anchoring/types";
import type { ProjectRole } from "../auth/policy";
import type { ClaimStatus, Confidence, Credibility, SourceKind, Stance } from "../claims/types";
import type { Rating } from "../ratings";
import type { DocNode } from "../text/doc-node";
import { claimsInTextOrder } from "./text-order";
import type { ExportOrganization } from "./types";

/**
 * ClaimDesk's own data export, `"format": "claimdesk/1"`: a document or a whole project with
 * everything attached, complete enough to restore (`POST /api/v1/projects/import`).
 *
 * - Ids are the exporting instance's; they only link the objects of the file to one another
 *   (claims are inside their document, citations name a source of `sources`, comments a parent
 *   comment of the same claim, every user id a person of `people`). A restore gives new ids.
 * - `people` are the project's members with their role, and anyone else the work names (a
 *   former member, an instance admin) with role null: id, name and email, so that a restore
 *   can give the work back to the same accounts.
 * - Each document carries its current revision: the editor's `content` and its canonical `text`;
 *   claims' `selector.start`/`end` are Unicode code point offsets into that text (null when
 *   orphaned).
 * - Comments are one list per claim in the order they were written, each reply naming its
 *   `parentId` (a thread is the comments linked by it) and coming after it. A reply to a deleted
 *   comment is attached to the nearest live comment above it, or becomes a comment of its own.
 * - Verdicts carry their `history`: every version the verdict has had, oldest first, the
 *   current one last. Under blind review, a reader who may not see other reviewers' ratings of a
 *   claim exports only their own, and the claim says `verdictsWithheld: true`.
 * - Timestamps are the stored ISO 8601 strings (UTC). Deleted claims and comments are left out;
 *   the audit log is not exported (a restore writes its own).
 */

export const PROJECT_JSON_FORMAT = "claimdesk/1";

export type ProjectJsonPerson = { id: string; name: string; email: string; role: ProjectRole | null };

export type ProjectJsonSource = {
  id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  accessedAt: string | null;
  kind: SourceKind;
  credibility: Credibility;
  archivedUrl: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
};

export type ProjectJsonVerdictVersion = {
  rating: string;
  confidence: Confidence | null;
  rationale: string | null;
  createdAt: string;
};

export type ProjectJsonVerdict = {
  id: string;
  userId: string;
  rating: string;
  confidence: Confidence | null;
  rationale: string | null;
  createdAt: string;
  updatedAt: string;
  /** Every version, oldest first; the last is the current one. */
  history: ProjectJsonVerdictVersion[];
};

export type ProjectJsonResolution = {
  userId: string | null;
  rating: string;
  rationale: string;
  createdAt: string;
  updatedAt: string;
};

export type ProjectJsonCitation = {
  id: string;
  sourceId: string;
  stance: Stance;
  excerpt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
};

export type ProjectJsonComment = {
  id: string;
  parentId: string | null;
  userId: string | null;
  body: string;
  /** The imported annotation (or reply) whose text it holds, as the claim's `importedFrom`. */
  importedFrom: string | null;
  createdAt: string;
  updatedAt: string;
};

export type ProjectJsonClaim = {
  id: string;
  selector: StoredAnchor;
  anchorStatus: AnchorStatus;
  anchorScore: number | null;
  claimText: string;
  claimant: string | null;
  status: ClaimStatus;
  assigneeId: string | null;
  tags: string[];
  importedFrom: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  verdicts: ProjectJsonVerdict[];
  /** True when blind review kept other reviewers' verdicts (and the resolution) from the exporter. */
  verdictsWithheld: boolean;
  resolution: ProjectJsonResolution | null;
  citations: ProjectJsonCitation[];
  comments: ProjectJsonComment[];
};

export type ProjectJsonRevision = { number: number; text: string; content: DocNode; createdAt: string };

export type ProjectJsonDocument = {
  id: string;
  title: string;
  sourceUrl: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  revision: ProjectJsonRevision;
  /** In text order, orphaned claims last. */
  claims: ProjectJsonClaim[];
};

export type ProjectJsonProject = {
  id: string;
  name: string;
  organization: ExportOrganization | null;
  ratingScale: Rating[];
  isBlindReview: boolean;
  createdAt: string;
};

export type ProjectJson = {
  format: typeof PROJECT_JSON_FORMAT;
  exportedAt: string;
  /** `document`: one document of the project (and only the sources it cites); `project`: all of it. */
  scope: "project" | "document";
  project: ProjectJsonProject;
  people: ProjectJsonPerson[];
  sources: ProjectJsonSource[];
  documents: ProjectJsonDocument[];
};

/** The stored rows of one document that the export reads (what services/support loads). */
export type ProjectJsonDocumentRows = {
  document: Omit<ProjectJsonDocument, "revision" | "claims">;
  revision: ProjectJsonRevision;
  claims: (Omit<
    ProjectJsonClaim,
    "verdicts" | "verdictsWithheld" | "resolution" | "citations" | "comments" | "selector"
  > & {
    exact: string;
    prefix: string;
    suffix: string;
    start: number | null;
    end: number | null;
  })[];
  /** Only those the exporter may see. */
  verdicts: (Omit<ProjectJsonVerdict, "history"> & { claimId: string })[];
  verdictHistory: (ProjectJsonVerdictVersion & { verdictId: string; version: number })[];
  /** Only those the exporter may see. */
  resolutions: (ProjectJsonResolution & { claimId: string })[];
  citations: (ProjectJsonCitation & { claimId: string })[];
  /** Deleted comments included, with `deletedAt`, so that their replies can be re-attached. */
  comments: (ProjectJsonComment & { claimId: string; deletedAt: string | null })[];
  /** Claims whose other reviewers' verdicts were withheld from the exporter. */
  withheldClaimIds: ReadonlySet<string>;
};

export type ProjectJsonInput = {
  scope: ProjectJson["scope"];
  exportedAt: string;
  project: ProjectJsonProject;
  people: ProjectJsonPerson[];
  /** The project's sources; for a document export, those not cited by it are left out. */
  sources: ProjectJsonSource[];
  documents: ProjectJsonDocumentRows[];
};

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * `comments` with every reply after the comment it answers, otherwise in the order given (so
 * comments written in the same millisecond keep a thread's order). Those whose parent is not
 * among them, or that answer one another in a cycle, come last, in `orphans`.
 */
export function threadOrder<C extends { id: string; parentId: string | null }>(
  comments: readonly C[],
): { ordered: C[]; orphans: C[] } {
  const ids = new Set(comments.map((c) => c.id));
  const ordered: C[] = [];
  const placed = new Set<string>();
  const waiting = new Map<string, C[]>();
  const place = (comment: C): void => {
    ordered.push(comment);
    placed.add(comment.id);
    const children = waiting.get(comment.id) ?? [];
    waiting.delete(comment.id);
    for (const child of children) place(child);
  };
  for (const comment of comments) {
    if (comment.parentId === null || !ids.has(comment.parentId) || placed.has(comment.parentId)) {
      if (comment.parentId !== null && !ids.has(comment.parentId)) continue;
      place(comment);
    } else {
      waiting.set(comment.parentId, [...(waiting.get(comment.parentId) ?? []), comment]);
    }
  }
  const orphans = comments.filter((c) => !placed.has(c.id));
  return { ordered, orphans };
}

/** Live comments in writing order, each reply re-attached above any deleted parent and after it. */
function liveComments(rows: ProjectJsonDocumentRows["comments"]): ProjectJsonComment[] {
  const byId = new Map(rows.map((c) => [c.id, c]));
  const liveParent = (parentId: string | null): string | null => {
    const seen = new Set<string>();
    let id = parentId;
    while (id !== null && !seen.has(id)) {
      seen.add(id);
      const parent = byId.get(id);
      if (!parent) return null;
      if (parent.deletedAt === null) return parent.id;
      id = parent.parentId;
    }
    return null;
  };
  const live = rows
    .filter((c) => c.deletedAt === null)
    .sort((a, b) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    )
    .map((c) => ({
      id: c.id,
      parentId: liveParent(c.parentId),
      userId: c.userId,
      body: c.body,
      importedFrom: c.importedFrom,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    }));
  const { ordered, orphans } = threadOrder(live);
  return [...ordered, ...orphans.map((c) => ({ ...c, parentId: null }))];
}

/** One document of the export, its claims in text order with all that is attached to them. */
export function buildProjectJsonDocument(rows: ProjectJsonDocumentRows): ProjectJsonDocument {
  const verdicts = groupBy(rows.verdicts, (v) => v.claimId);
  const history = groupBy(rows.verdictHistory, (h) => h.verdictId);
  const resolutions = new Map(rows.resolutions.map((r) => [r.claimId, r]));
  const citations = groupBy(rows.citations, (c) => c.claimId);
  const comments = groupBy(rows.comments, (c) => c.claimId);
  const claims = rows.claims.map(({ exact, prefix, suffix, start, end, ...claim }) => ({
    ...claim,
    selector: { exact, prefix, suffix, start, end },
  }));
  return {
    ...rows.document,
    revision: rows.revision,
    claims: claimsInTextOrder(claims).map((claim): ProjectJsonClaim => {
      const resolution = resolutions.get(claim.id);
      return {
        ...claim,
        verdicts: (verdicts.get(claim.id) ?? []).map((v) => ({
          id: v.id,
          userId: v.userId,
          rating: v.rating,
          confidence: v.confidence,
          rationale: v.rationale,
          createdAt: v.createdAt,
          updatedAt: v.updatedAt,
          history: (history.get(v.id) ?? [])
            .sort((a, b) => a.version - b.version)
            .map(({ rating, confidence, rationale, createdAt }) => ({ rating, confidence, rationale, createdAt })),
        })),
        verdictsWithheld: rows.withheldClaimIds.has(claim.id),
        resolution: resolution
          ? {
              userId: resolution.userId,
              rating: resolution.rating,
              rationale: resolution.rationale,
              createdAt: resolution.createdAt,
              updatedAt: resolution.updatedAt,
            }
          : null,
        citations: (citations.get(claim.id) ?? []).map((c) => ({
          id: c.id,
          sourceId: c.sourceId,
          stance: c.stance,
          excerpt: c.excerpt,
          createdBy: c.createdBy,
          createdAt: c.createdAt,
          updatedAt: c.updatedAt,
        })),
        comments: liveComments(comments.get(claim.id) ?? []),
      };
    }),
  };
}

/**
 * Everything of the export but its documents, in the order it is written: a streaming writer
 * writes this, then each `buildProjectJsonDocument`, as `documents`.
 */
export function buildProjectJsonHead(input: Omit<ProjectJsonInput, "documents">): Omit<ProjectJson, "documents"> {
  return {
    format: PROJECT_JSON_FORMAT,
    exportedAt: input.exportedAt,
    scope: input.scope,
    project: input.project,
    people: input.people,
    sources: input.sources,
  };
}

/** The whole `claimdesk/1` export of `input` (see the top of this file for what it holds). */
export function buildProjectJson(input: ProjectJsonInput): ProjectJson {
  return { ...buildProjectJsonHead(input), documents: input.documents.map(buildProjectJsonDocument) };
}
