import "server-only";
import type { UpdateClaimSourceInput } from "@/lib/validation/claims";
import { AppError } from "@/lib/errors";
import { insertEvent } from "@/db/queries/events";
import {
  bumpCitationVersionsOfSource,
  getSourceByUrl,
  updateClaimSource,
  updateSource,
  type SourceFields,
} from "@/db/queries/sources";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { claimViewAfterWrite } from "./support/claim-views";
import { loadCitation, sourceOf, type CitationResult } from "./support/load-citation";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds } from "./support/load-claim";

/** Edits a citation (stance, excerpt) and the source's own details, which every claim citing it shares. */
export function editCitation(
  actor: SessionActor,
  claimId: string,
  linkId: string,
  input: UpdateClaimSourceInput,
  expected: ExpectedVersion,
): CitationResult {
  const result = inTransaction((tx) => {
    const { context, link, source } = loadCitation(tx, actor, claimId, linkId);
    checkVersion(link.version, expected, { required: true, what: "source citation" });
    const sourceChanges: Partial<SourceFields> = {};
    for (const key of [
      "url",
      "title",
      "publisher",
      "author",
      "publishedAt",
      "accessedAt",
      "kind",
      "credibility",
      "archivedUrl",
    ] as const) {
      if (input[key] !== undefined) (sourceChanges as Record<string, unknown>)[key] = input[key];
    }
    if (
      sourceChanges.url &&
      sourceChanges.url !== source.url &&
      getSourceByUrl(tx, { projectId: context.project.id, url: sourceChanges.url })
    ) {
      throw new AppError("conflict", "Another source of this project has that URL.", {
        fields: { url: ["is another source's URL"] },
      });
    }
    if (Object.keys(sourceChanges).length > 0) {
      const updated = updateSource(tx, { id: source.id, changes: sourceChanges });
      bumpCitationVersionsOfSource(tx, { sourceId: source.id });
      insertEvent(tx, {
        ...claimEventIds(context),
        entityType: "source",
        entityId: source.id,
        action: "updated",
        before: source,
        after: updated,
      });
    }
    const linkChanges = {
      ...(input.stance !== undefined ? { stance: input.stance } : {}),
      ...(input.excerpt !== undefined ? { excerpt: input.excerpt } : {}),
    };
    // The citation's version moves on any edit, so its ETag changes with what it shows.
    const updatedLink = updateClaimSource(tx, { id: link.id, changes: linkChanges });
    insertEvent(tx, {
      ...claimEventIds(context),
      entityType: "claim-source",
      entityId: link.id,
      action: "updated",
      before: link,
      after: updatedLink,
    });
    const claim = claimViewAfterWrite(tx, context, claimId);
    return { claim, source: sourceOf(claim, link.id) };
  });
  publishDocumentEvent(result.claim.documentId, "source.updated", claimId);
  return result;
}
