import "server-only";
import { randomUUID } from "node:crypto";
import type { AddSourceInput } from "@/lib/validation/claims";
import { AppError } from "@/lib/errors";
import { insertEvent } from "@/db/queries/events";
import {
  bumpCitationVersionsOfSource,
  getClaimSource,
  getSourceByUrl,
  insertClaimSource,
  insertSource,
  updateSource,
  type SourceFields,
} from "@/db/queries/sources";
import { inTransaction, type Tx } from "@/db/queries/transaction";
import type { Source } from "@/db/schema";
import type { SessionActor } from "./support/actor";
import { claimViewAfterWrite } from "./support/claim-views";
import { sourceOf, type CitationResult } from "./support/load-citation";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds, loadClaim, type ClaimContext } from "./support/load-claim";

/**
 * Cites a source for a claim. A URL the project already knows reuses that source (its details
 * are kept, the ones it lacks filled in), so one source can serve many claims.
 */
export function citeSource(actor: SessionActor, claimId: string, input: AddSourceInput): CitationResult {
  const result = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "source:cite");
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
    if (!known)
      insertEvent(tx, {
        ...claimEventIds(context),
        entityType: "source",
        entityId: source.id,
        action: "created",
        after: source,
      });
    else fillMissingDetails(tx, context, known, input);
    if (getClaimSource(tx, { claimId, sourceId: source.id })) {
      throw new AppError("conflict", "This source is already cited for the claim.", {
        fields: { url: ["is already cited for this claim"] },
      });
    }
    const link = insertClaimSource(tx, {
      id: randomUUID(),
      claimId,
      sourceId: source.id,
      stance: input.stance,
      excerpt: input.excerpt,
      createdBy: actor.userId,
    });
    insertEvent(tx, {
      ...claimEventIds(context),
      entityType: "claim-source",
      entityId: link.id,
      action: "created",
      after: { ...link, url: source.url },
    });
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
  if (known.credibility === "undetermined" && input.credibility && input.credibility !== "undetermined")
    changes.credibility = input.credibility;
  if (Object.keys(changes).length === 0) return;
  const updated = updateSource(tx, { id: known.id, changes });
  bumpCitationVersionsOfSource(tx, { sourceId: known.id });
  insertEvent(tx, {
    ...claimEventIds(context),
    entityType: "source",
    entityId: known.id,
    action: "updated",
    before: known,
    after: updated,
  });
}
