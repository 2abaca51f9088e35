import "server-only";
import { can, claimStatuses, type ClaimStatus } from "@/lib/auth/policy";
import type { ClaimPermissions, ClaimView, ResolutionView, SourceView } from "@/lib/claims/types";
import { findClaimGaps } from "@/lib/gaps/find-claim-gaps";
import type { Claim } from "@/db/schema";
import { getClaimRowById, type ClaimScope } from "@/db/queries/claims";
import { summarizeCommentsInScope } from "@/db/queries/comments";
import { listClaimSourcesInScope } from "@/db/queries/sources";
import type { Executor } from "@/db/queries/transaction";
import { listResolutionsInScope, listVerdictsInScope } from "@/db/queries/verdicts";
import type { ProjectAccess } from "./authorize-project";
import { claimObject } from "./claim-object";

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

/** Makes the API's claim object of one claim of a scope, from what `claimViewBuilder` read. */
export interface ClaimViewBuilder {
  view: (claim: Claim) => ClaimView;
  /** Everyone who resolved a claim of the scope (for names an export prints), seen or not. */
  resolverIds: Set<string>;
}

/**
 * Reads what the claim objects of the claims in `scope` need (one query per kind of related row
 * for the whole scope, never one per claim) and returns what makes each from its row, in
 * memory: a caller that must not hold the server for thousands of claims (an export) reads in
 * one snapshot, then makes them a batch at a time. Under blind review a reviewer who has not
 * rated a claim sees neither the other reviewers' verdicts nor the editor's resolution. Each
 * carries the reader's `permissions` on it, answered by the policy, and its sourcing `gaps` as
 * worked out from what this reader sees.
 */
export function claimViewBuilder(
  q: Executor,
  scope: ClaimScope,
  access: ProjectAccess,
  options: { isNew?: boolean } = {},
): ClaimViewBuilder {
  // Claims inserted by this very transaction have nothing attached to them yet: no need to ask.
  const isNew = options.isNew === true;
  const { actor, role, project } = access;
  const verdicts = groupBy(isNew ? [] : listVerdictsInScope(q, scope), (v) => v.claimId);
  const resolutions = new Map((isNew ? [] : listResolutionsInScope(q, scope)).map((r) => [r.claimId, r]));
  const sources = groupBy(isNew ? [] : listClaimSourcesInScope(q, scope), (s) => s.link.claimId);
  const comments = isNew ? new Map<string, never>() : summarizeCommentsInScope(q, scope);
  const inProject = { kind: "project", role } as const;
  const projectPermissions = {
    rate: can(actor, "verdict:give", inProject),
    resolve: can(actor, "resolution:give", inProject),
    cite: can(actor, "source:cite", inProject),
    comment: can(actor, "comment:add", inProject),
    assign: can(actor, "claim:assign", inProject),
    reattach: can(actor, "claim:reattach", inProject),
  };
  const canMoveByHand = (from: ClaimStatus) =>
    claimStatuses.some((to) =>
      can(actor, "claim:set-status", { kind: "status-change", role, from, to, cause: "edit" }),
    );
  const resolverIds = new Set<string>();
  for (const r of resolutions.values()) if (r.userId) resolverIds.add(r.userId);

  const view = (claim: Claim): ClaimView => {
    const all = verdicts.get(claim.id) ?? [];
    const hasOwn = all.some((v) => v.userId === actor.userId);
    const seesAll = can(actor, "verdicts:see-others", {
      kind: "verdicts",
      role,
      isBlindReview: project.isBlindReview,
      hasOwnVerdict: hasOwn,
    });
    const visible = seesAll ? all : all.filter((v) => v.userId === actor.userId);
    const resolution = resolutions.get(claim.id);
    // The resolution is a rating too: a blind reviewer sees it once they have given theirs.
    const visibleResolution: ResolutionView | null =
      resolution && seesAll
        ? {
            rating: resolution.rating,
            rationale: resolution.rationale,
            userId: resolution.userId,
            updatedAt: resolution.updatedAt,
            version: resolution.version,
          }
        : null;
    const claimSources = (sources.get(claim.id) ?? []).map(({ link, source, citedByName }): SourceView => ({
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
      citedBy: link.createdBy,
      citedByName,
      citedAt: link.createdAt,
      version: link.version,
    }));
    // From the visible ratings only, so that no gap tells a blind reviewer what is withheld.
    const gaps = findClaimGaps(
      {
        claimText: claim.claimText,
        quote: claim.exact,
        resolution: visibleResolution,
        verdicts: visible,
        sources: claimSources,
      },
      project.ratingScale,
    );
    const discussion = comments.get(claim.id);
    const object = claimObject(claim, role, {
      raterIds: all.map((v) => v.userId),
      resolverId: resolution?.userId,
      commenterIds: discussion?.authorIds ?? [],
    });
    const permissions: ClaimPermissions = {
      edit: can(actor, "claim:edit", object),
      delete: can(actor, "claim:delete", object),
      ...projectPermissions,
      setStatus: canMoveByHand(claim.status),
    };
    return {
      id: claim.id,
      documentId: claim.documentId,
      selector: { exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end },
      claimText: claim.claimText,
      claimant: claim.claimant,
      status: claim.status,
      assigneeId: claim.assigneeId,
      assignedAt: claim.assigneeId ? claim.assignedAt : null,
      // The flag tells of a verdict disagreeing with the resolution: withheld with them.
      isFlagged: seesAll && claim.isFlagged,
      anchorStatus: claim.anchorStatus,
      anchorScore: claim.anchorScore,
      anchorAlternatives: claim.anchorAlternatives ?? [],
      tags: claim.tags,
      verdicts: visible.map((v) => ({
        userId: v.userId,
        userName: v.userName,
        rating: v.rating,
        confidence: v.confidence,
        rationale: v.rationale,
        updatedAt: v.updatedAt,
      })),
      verdictsHidden: !seesAll && (visible.length < all.length || resolution !== undefined),
      resolution: visibleResolution,
      sources: claimSources,
      gaps,
      commentCount: discussion?.count ?? 0,
      permissions,
      createdBy: claim.createdBy,
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
      version: claim.version,
    };
  };
  return { view, resolverIds };
}

/** The API's claim objects for `rows`, the claims in `scope`, as `access` may see them (claimViewBuilder). */
export function buildClaimViews(
  q: Executor,
  rows: Claim[],
  scope: ClaimScope,
  access: ProjectAccess,
  options: { isNew?: boolean } = {},
): ClaimView[] {
  if (rows.length === 0) return [];
  return rows.map(claimViewBuilder(q, scope, access, options).view);
}

/** One claim as `access` may see it. */
export function buildClaimView(
  q: Executor,
  claim: Claim,
  access: ProjectAccess,
  options: { isNew?: boolean } = {},
): ClaimView {
  return buildClaimViews(q, [claim], { claimIds: [claim.id] }, access, options)[0] as ClaimView;
}

/** Re-reads one claim inside a write, after a change, for the response. */
export function claimViewAfterWrite(q: Executor, access: ProjectAccess, claimId: string): ClaimView {
  const row = getClaimRowById(q, { id: claimId });
  if (!row) throw new Error(`claim ${claimId} vanished inside its own transaction`);
  return buildClaimView(q, row, access);
}
