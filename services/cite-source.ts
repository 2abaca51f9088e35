import "server-only";
import { randomUUID } from "node:crypto";
import type { ClaimView, SourceView } from "@/lib/claims/types";
import { AppError, notFound } from "@/lib/errors";
import type { AddSourceInput, UpdateClaimSourceInput } from "@/lib/validation/claims";
import { insertEvent } from "@/db/queries/events";
import {
  bumpCitationVersionsOfSource,
  deleteClaimSource,
  getClaimSource,
  getClaimSourceById,
  getSourceById,
  getSourceByUrl,
  insertClaimSource,
  insertSource,
  updateClaimSource,
  updateSource,
  type SourceFields,
} from "@/db/queries/sources";
import { inTransaction, type Tx } from "@/db/queries/transaction";
import type { Source } from "@/db/schema";
import type { SessionActor } from "./actor";
import { claimViewAfterWrite } from "./get-claims";
import { publishDocumentEvent } from "./live-events";
import { checkVersion, claimEventIds, loadClaim, type ClaimContext, type ExpectedVersion } from "./load-claim";

export type CitationResult = { claim: ClaimView; source: SourceView };

function sourceOf(claim: ClaimView, linkId: string): SourceView {
  const source = claim.sources.find((s) => s.id === linkId);
  if (!source) throw new Error(`citation ${linkId} missing from its claim`);
  return source;
}

/**
 * Cites a source for a claim. A URL the project already knows reuses that source (its details
 * are kept, the ones it lacks filled in), so one source can serve many claims.
 */
export function citeSource(actor: SessionActor, claimId: string, input: AddSourceInput): CitationResult {
  const result = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "source:add");
    const known = getSourceByUrl(tx, { projectId: context.project.id, url: input.url });
    const source =
      known ??
      insertSource(tx, {
        id: randomUUID(),
        projectId: context.project.id,
        url: input.url,
        title: input.title,
        publisher: input.publisher,
        author: input.author,
        publishedAt: input.publishedAt,
        accessedAt: input.accessedAt,
        kind: input.kind,
        credibility: input.credibility ?? "undetermined",
        archivedUrl: input.archivedUrl,
        createdBy: actor.userId,
      });
    if (!known) insertEvent(tx, { ...claimEventIds(context), entityType: "source", entityId: source.id, action: "created", after: source });
    else fillMissingDetails(tx, context, known, input);
    if (getClaimSource(tx, { claimId, sourceId: source.id })) {
      throw new AppError("conflict", "This source is already cited for the claim.", { fields: { url: ["is already cited for this claim"] } });
    }
    const link = insertClaimSource(tx, { id: randomUUID(), claimId, sourceId: source.id, stance: input.stance, excerpt: input.excerpt, createdBy: actor.userId });
    insertEvent(tx, { ...claimEventIds(context), entityType: "claim-source", entityId: link.id, action: "created", after: { ...link, url: source.url } });
    const claim = claimViewAfterWrite(tx, context, claimId);
    return { claim, source: sourceOf(claim, link.id) };
  });
  publishDocumentEvent(result.claim.documentId, "source.created", claimId);
  return result;
}

/**
 * A known source keeps its details; what the new citation brings fills only the ones it lacks
 * (a title, a publisher…), so nothing someone recorded is overwritten.
 */
function fillMissingDetails(tx: Tx, context: ClaimContext, known: Source, input: AddSourceInput): void {
  const changes: Partial<SourceFields> = {};
  for (const key of ["title", "publisher", "author", "publishedAt", "accessedAt", "archivedUrl"] as const) {
    if (known[key] === null && input[key]) changes[key] = input[key];
  }
  if (known.credibility === "undetermined" && input.credibility && input.credibility !== "undetermined") changes.credibility = input.credibility;
  if (Object.keys(changes).length === 0) return;
  const updated = updateSource(tx, { id: known.id, changes });
  bumpCitationVersionsOfSource(tx, { sourceId: known.id });
  insertEvent(tx, { ...claimEventIds(context), entityType: "source", entityId: known.id, action: "updated", before: known, after: updated });
}

function loadCitation(tx: Tx, actor: SessionActor, claimId: string, linkId: string) {
  const context = loadClaim(tx, actor, claimId, "source:edit");
  const link = getClaimSourceById(tx, { id: linkId });
  if (!link || link.claimId !== claimId) throw notFound("Source citation");
  const source = getSourceById(tx, { id: link.sourceId });
  if (!source) throw notFound("Source");
  return { context, link, source };
}

/** Edits a citation (stance, excerpt) and the source's own details, which every claim citing it shares. */
export function editCitation(actor: SessionActor, claimId: string, linkId: string, input: UpdateClaimSourceInput, expected: ExpectedVersion): CitationResult {
  const result = inTransaction((tx) => {
    const { context, link, source } = loadCitation(tx, actor, claimId, linkId);
    checkVersion(link.version, expected, { required: true, what: "source citation" });
    const sourceChanges: Partial<SourceFields> = {};
    for (const key of ["url", "title", "publisher", "author", "publishedAt", "accessedAt", "kind", "credibility", "archivedUrl"] as const) {
      if (input[key] !== undefined) (sourceChanges as Record<string, unknown>)[key] = input[key];
    }
    if (sourceChanges.url && sourceChanges.url !== source.url && getSourceByUrl(tx, { projectId: context.project.id, url: sourceChanges.url })) {
      throw new AppError("conflict", "Another source of this project has that URL.", { fields: { url: ["is another source's URL"] } });
    }
    if (Object.keys(sourceChanges).length > 0) {
      const updated = updateSource(tx, { id: source.id, changes: sourceChanges });
      bumpCitationVersionsOfSource(tx, { sourceId: source.id });
      insertEvent(tx, { ...claimEventIds(context), entityType: "source", entityId: source.id, action: "updated", before: source, after: updated });
    }
    const linkChanges = {
      ...(input.stance !== undefined ? { stance: input.stance } : {}),
      ...(input.excerpt !== undefined ? { excerpt: input.excerpt } : {}),
    };
    // The citation's version moves on any edit, so its ETag changes with what it shows.
    const updatedLink = updateClaimSource(tx, { id: link.id, changes: linkChanges });
    insertEvent(tx, { ...claimEventIds(context), entityType: "claim-source", entityId: link.id, action: "updated", before: link, after: updatedLink });
    const claim = claimViewAfterWrite(tx, context, claimId);
    return { claim, source: sourceOf(claim, link.id) };
  });
  publishDocumentEvent(result.claim.documentId, "source.updated", claimId);
  return result;
}

/** Removes a source from a claim; the source stays in the project for other claims. */
export function removeCitation(actor: SessionActor, claimId: string, linkId: string, expected: ExpectedVersion): ClaimView {
  const claim = inTransaction((tx) => {
    const { context, link, source } = loadCitation(tx, actor, claimId, linkId);
    checkVersion(link.version, expected, { required: true, what: "source citation" });
    deleteClaimSource(tx, { id: link.id });
    insertEvent(tx, { ...claimEventIds(context), entityType: "claim-source", entityId: link.id, action: "deleted", before: { ...link, url: source.url } });
    return claimViewAfterWrite(tx, context, claimId);
  });
  publishDocumentEvent(claim.documentId, "source.deleted", claimId);
  return claim;
}
