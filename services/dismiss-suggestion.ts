import "server-only";
import { randomUUID } from "node:crypto";
import { AppError, notFound } from "@/lib/errors";
import { OffsetIndex } from "@/lib/text/offsets";
import type { DismissSuggestionInput } from "@/lib/validation/suggestions";
import { insertDismissedSuggestion } from "@/db/queries/dismissed-suggestions";
import { getRevisionText } from "@/db/queries/documents";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { loadDocument } from "./support/load-document";

const NOT_THERE = "The sentence is not at that position in the document's current text.";

/**
 * Dismisses a check-worthiness suggestion of a document, for everyone in it: the sentence
 * (`exact`, which must be the current text between `start` and `end`, in code points) is not
 * suggested again in this document, in this revision or any later one where it reappears.
 * Dismissing a dismissed sentence again changes nothing.
 */
export function dismissSuggestion(actor: SessionActor, documentId: string, input: DismissSuggestionInput): void {
  inTransaction((tx) => {
    const access = loadDocument(tx, actor, documentId, "suggestion:dismiss");
    const revision = access.document.revision;
    const text = getRevisionText(tx, { documentId, number: revision });
    if (text === undefined) throw notFound("Document revision");
    const offsets = new OffsetIndex(text);
    const isThere =
      input.end <= offsets.codePointLength &&
      text.slice(offsets.toUtf16(input.start), offsets.toUtf16(input.end)) === input.exact;
    if (!isThere) throw new AppError("invalid", NOT_THERE, { fields: { exact: [NOT_THERE] } });

    const dismissal = insertDismissedSuggestion(tx, {
      id: randomUUID(),
      documentId,
      revision,
      start: input.start,
      end: input.end,
      exact: input.exact,
      dismissedBy: actor.userId,
    });
    if (!dismissal) return;
    insertEvent(tx, {
      actorId: actor.userId,
      projectId: access.project.id,
      documentId,
      entityType: "suggestion",
      entityId: dismissal.id,
      action: "dismissed",
      after: { revision, start: input.start, end: input.end, exact: input.exact },
    });
  });
}
