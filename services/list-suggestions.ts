import "server-only";
import { notFound } from "@/lib/errors";
import { openSuggestions } from "@/lib/suggestions/open-suggestions";
import type { SuggestionList } from "@/lib/suggestions/types";
import { listClaimSpansByDocumentId } from "@/db/queries/claims";
import { listDismissedSuggestionTextsByDocumentId } from "@/db/queries/dismissed-suggestions";
import { getRevisionText } from "@/db/queries/documents";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { loadDocument } from "./support/load-document";
import { suggestionsOfRevision } from "./support/revision-suggestions";

export type { SuggestionList };

/**
 * The check-worthiness suggestions of a document's current revision for anyone who may read
 * it, best first: the sentences that look like checkable claims (lib/suggestions), less those
 * dismissed in this document and those a claim already covers.
 */
export function listSuggestions(actor: SessionActor, documentId: string): SuggestionList {
  const { revision, text, claimed, dismissed } = readTransaction((q) => {
    const { document } = loadDocument(q, actor, documentId, "project:read");
    const text = getRevisionText(q, { documentId, number: document.revision });
    if (text === undefined) throw notFound("Document revision");
    const claimed = listClaimSpansByDocumentId(q, { documentId }).flatMap((c) =>
      c.revision === document.revision && c.start !== null && c.end !== null ? [{ start: c.start, end: c.end }] : [],
    );
    return {
      revision: document.revision,
      text,
      claimed,
      dismissed: listDismissedSuggestionTextsByDocumentId(q, { documentId }),
    };
  });
  return {
    revision,
    suggestions: openSuggestions(suggestionsOfRevision(documentId, revision, text), { claimed, dismissed }),
  };
}
