import "server-only";
import { canSeeOthersVerdicts, type ProjectRole } from "@/lib/auth/policy";
import type { ClaimView, SourceView } from "@/lib/claims/types";
import type { Claim } from "@/db/schema";
import type { ClaimScope } from "@/db/queries/claims";
import { countCommentsInScope } from "@/db/queries/comments";
import type { ProjectRow } from "@/db/queries/projects";
import { listClaimSourcesInScope } from "@/db/queries/sources";
import type { Executor } from "@/db/queries/transaction";
import { listResolutionsInScope, listVerdictsInScope } from "@/db/queries/verdicts";
import type { SessionActor } from "./actor";

export type Reader = { actor: SessionActor; role: ProjectRole | null; project: ProjectRow };

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
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
 * Assembles the API's claim objects for `rows` as `reader` may see them: one query per kind of
 * related row for the whole set (never one per claim). Under blind review a reviewer who has
 * not rated a claim sees neither the other reviewers' verdicts nor the editor's resolution.
 */
export function buildClaimViews(q: Executor, rows: Claim[], scope: ClaimScope, reader: Reader): ClaimView[] {
  if (rows.length === 0) return [];
  const verdicts = groupBy(listVerdictsInScope(q, scope), (v) => v.claimId);
  const resolutions = new Map(listResolutionsInScope(q, scope).map((r) => [r.claimId, r]));
  const sources = groupBy(listClaimSourcesInScope(q, scope), (s) => s.link.claimId);
  const commentCounts = countCommentsInScope(q, scope);

  return rows.map((claim) => {
    const all = verdicts.get(claim.id) ?? [];
    const hasOwn = all.some((v) => v.userId === reader.actor.userId);
    const seesAll = canSeeOthersVerdicts(reader.actor, reader.role, { isBlindReview: reader.project.isBlindReview, hasOwnVerdict: hasOwn });
    const visible = seesAll ? all : all.filter((v) => v.userId === reader.actor.userId);
    const resolution = resolutions.get(claim.id);
    return {
      id: claim.id,
      documentId: claim.documentId,
      selector: { exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end },
      claimText: claim.claimText,
      claimant: claim.claimant,
      status: claim.status,
      assigneeId: claim.assigneeId,
      anchorStatus: claim.anchorStatus,
      anchorScore: claim.anchorScore,
      verdicts: visible.map((v) => ({
        userId: v.userId,
        userName: v.userName,
        rating: v.rating,
        confidence: v.confidence,
        rationale: v.rationale,
        updatedAt: v.updatedAt,
      })),
      verdictsHidden: !seesAll && (visible.length < all.length || resolution !== undefined),
      // The resolution is a rating too: a blind reviewer sees it once they have given theirs.
      resolution:
        resolution && seesAll
          ? { rating: resolution.rating, rationale: resolution.rationale, userId: resolution.userId, updatedAt: resolution.updatedAt, version: resolution.version }
          : null,
      sources: (sources.get(claim.id) ?? []).map(({ link, source }): SourceView => ({
        id: link.id,
        sourceId: source.id,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        author: source.author,
        publishedAt: source.publishedAt,
        accessedAt: source.accessedAt,
        kind: source.kind,
        credibility: source.credibility,
        archivedUrl: source.archivedUrl,
        stance: link.stance,
        excerpt: link.excerpt,
        version: link.version,
      })),
      commentCount: commentCounts.get(claim.id) ?? 0,
      createdBy: claim.createdBy,
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
      version: claim.version,
    };
  });
}
