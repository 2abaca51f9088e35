import "server-only";
import { z } from "zod";
import type { ClaimStatus, ClaimView } from "@/lib/claims/types";
import { AppError, notFound } from "@/lib/errors";
import { gapKinds, type GapKind } from "@/lib/gaps/gap-kinds";
import { findRating } from "@/lib/ratings";
import { gapFilterSchema, type GapFilter, type GapFilterInput } from "@/lib/validation/gaps";
import { listClaimRowsByDocumentId, listClaimRowsByProjectId } from "@/db/queries/claims";
import { listDocumentTitlesByProjectId } from "@/db/queries/documents";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { buildClaimViews } from "./support/claim-views";

/** One sourcing gap of one claim. */
export type ProjectGap = { claimId: string; documentId: string; kind: GapKind; detail: string };

/** A claim with a gap, as the gaps list shows it. */
export type GapClaim = {
  id: string;
  documentId: string;
  documentTitle: string;
  /** The quoted words of the document. */
  quote: string;
  claimText: string;
  status: ClaimStatus;
  /** The resolution as this reader may see it (null when there is none, or blind review withholds it). */
  resolution: { rating: string; label: string } | null;
};

export type ProjectGaps = {
  project: { id: string; name: string };
  /** The filter applied, validated. */
  filter: { kind: GapKind | null; documentId: string | null };
  /** Gaps per kind, every kind present (0 when none or filtered out). */
  counts: Record<GapKind, number>;
  /** In the order of `gapKinds`, then document (newest first) and text order. */
  gaps: ProjectGap[];
  /** Each claim that has at least one gap listed, in document and text order. */
  claims: GapClaim[];
  /** The project's documents, newest first, to filter by. */
  documents: { id: string; title: string }[];
};

function parseFilter(input: GapFilterInput): GapFilter {
  const parsed = gapFilterSchema.safeParse(input);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    throw new AppError("invalid", "The gaps filter is not valid.", { fields });
  }
  return parsed.data;
}

/**
 * The sourcing gaps of a project's live claims, optionally of one kind or one document. Gaps are
 * worked out from the claim objects as the actor may see them (the same builder as every claim
 * object), so under blind review they reveal no rating withheld from a reviewer. Read in one
 * snapshot, with one query per kind of row for the whole project. A kind that is not one of
 * the nine is 422; a document not in this project is 404, as is a project the actor cannot see.
 */
export function listProjectGaps(actor: SessionActor, projectId: string, input: GapFilterInput = {}): ProjectGaps {
  const filter = parseFilter(input);
  return readTransaction((q) => {
    const access = authorizeProject(q, actor, projectId, "project:read");
    const documents = listDocumentTitlesByProjectId(q, { projectId });
    const titles = new Map(documents.map((d) => [d.id, d.title]));
    if (filter.documentId !== undefined && !titles.has(filter.documentId)) throw notFound("Document");

    const views: ClaimView[] = filter.documentId
      ? buildClaimViews(
          q,
          listClaimRowsByDocumentId(q, { documentId: filter.documentId }),
          { documentId: filter.documentId },
          access,
        )
      : buildClaimViews(q, listClaimRowsByProjectId(q, { projectId }), { projectId }, access);

    const gaps = gapKinds.flatMap(({ kind }) =>
      filter.kind && filter.kind !== kind
        ? []
        : views.flatMap((claim) =>
            claim.gaps
              .filter((g) => g.kind === kind)
              .map((g) => ({ claimId: claim.id, documentId: claim.documentId, kind, detail: g.detail })),
          ),
    );
    const counts = Object.fromEntries(gapKinds.map(({ kind }) => [kind, 0])) as Record<GapKind, number>;
    for (const gap of gaps) counts[gap.kind] += 1;

    const withGaps = new Set(gaps.map((g) => g.claimId));
    const scale = access.project.ratingScale;
    const claims = views
      .filter((c) => withGaps.has(c.id))
      .map((c): GapClaim => ({
        id: c.id,
        documentId: c.documentId,
        documentTitle: titles.get(c.documentId) ?? "",
        quote: c.selector.exact,
        claimText: c.claimText,
        status: c.status,
        resolution: c.resolution
          ? { rating: c.resolution.rating, label: findRating(scale, c.resolution.rating)?.label ?? c.resolution.rating }
          : null,
      }));

    return {
      project: { id: access.project.id, name: access.project.name },
      filter: { kind: filter.kind ?? null, documentId: filter.documentId ?? null },
      counts,
      gaps,
      claims,
      documents,
    };
  });
}
