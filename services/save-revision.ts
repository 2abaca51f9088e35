import "server-only";
import { randomUUID } from "node:crypto";
import { reanchorAll } from "@/lib/anchoring/reanchor";
import type { ReanchoredClaim, RevisionResult } from "@/lib/claims/types";
import type { DocumentContentInput } from "@/lib/validation/documents";
import { listClaimRowsByDocumentId, updateClaim } from "@/db/queries/claims";
import { getRevisionText, insertRevision, setDocumentRevision } from "@/db/queries/documents";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { contentFromSource } from "./support/content-from-source";
import { publishDocumentEvent } from "./support/live-events";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { loadDocument } from "./support/load-document";

/**
 * Saves new content as the document's next revision and re-anchors every claim on its text
 * (lib/anchoring/reanchor.ts: each claim's position carried through a diff of the two texts,
 * then the candidates judged by one score; ambiguous claims are fuzzy, lost ones orphaned).
 * All of it commits together, or none of it.
 */
export function saveRevision(
  actor: SessionActor,
  documentId: string,
  input: DocumentContentInput,
  expected: ExpectedVersion,
): RevisionResult {
  const { content, text } = contentFromSource(input);
  const result = inTransaction((tx) => {
    const { document, project } = loadDocument(tx, actor, documentId, "document:edit");
    checkVersion(document.version, expected, { required: true, what: "document" });
    const previousText = getRevisionText(tx, { documentId, number: document.revision });
    const number = document.revision + 1;
    insertRevision(tx, { id: randomUUID(), documentId, number, content, text, createdBy: actor.userId });
    const updatedDocument = setDocumentRevision(tx, { id: documentId, revision: number });
    insertEvent(tx, {
      actorId: actor.userId,
      projectId: project.id,
      documentId,
      entityType: "document",
      entityId: documentId,
      action: "revised",
      before: { revision: document.revision, textLength: previousText?.length ?? null },
      after: { revision: number, textLength: text.length },
    });

    const rows = listClaimRowsByDocumentId(tx, { documentId });
    // Stored offsets refer to the previous revision's text: the diff of the two carries them.
    const results = reanchorAll(
      previousText ?? null,
      text,
      rows.map((c) => ({ exact: c.exact, prefix: c.prefix, suffix: c.suffix, start: c.start, end: c.end })),
    );
    const claims: ReanchoredClaim[] = [];
    rows.forEach((claim, i) => {
      const r = results[i];
      if (!r) return;
      // The places a person may choose from: kept only while the claim is fuzzy between them.
      const alternatives = r.status === "fuzzy" && r.alternatives.length > 0 ? r.alternatives : null;
      const reanchored =
        r.status !== claim.anchorStatus ||
        r.start !== claim.start ||
        r.end !== claim.end ||
        r.exact !== claim.exact ||
        r.score !== claim.anchorScore;
      // Prefix, suffix and the alternatives are part of the claim readers see, so a change to them is a new version too.
      const changed =
        reanchored ||
        r.prefix !== claim.prefix ||
        r.suffix !== claim.suffix ||
        JSON.stringify(alternatives) !== JSON.stringify(claim.anchorAlternatives ?? null);
      updateClaim(tx, {
        id: claim.id,
        changes: {
          revision: number,
          exact: r.exact,
          prefix: r.prefix,
          suffix: r.suffix,
          start: r.start,
          end: r.end,
          anchorStatus: r.status,
          anchorScore: r.score,
          anchorAlternatives: alternatives,
        },
        isSilent: !changed,
      });
      if (reanchored) {
        insertEvent(tx, {
          actorId: actor.userId,
          projectId: project.id,
          documentId,
          claimId: claim.id,
          entityType: "claim",
          entityId: claim.id,
          action: "reanchored",
          before: {
            revision: claim.revision,
            anchorStatus: claim.anchorStatus,
            start: claim.start,
            end: claim.end,
            exact: claim.exact,
          },
          after: {
            revision: number,
            anchorStatus: r.status,
            anchorScore: r.score,
            start: r.start,
            end: r.end,
            exact: r.exact,
            // Places the evidence could not tell apart, for a person to choose from.
            ...(r.alternatives.length > 0 ? { alternatives: r.alternatives } : {}),
          },
        });
      }
      claims.push({ id: claim.id, anchorStatus: r.status, anchorScore: r.score, start: r.start, end: r.end });
    });
    return { revision: number, version: updatedDocument.version, claims };
  });
  publishDocumentEvent(documentId, "document.revised", documentId);
  return result;
}
