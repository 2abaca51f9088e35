import "server-only";
import {
  locateNewClaim,
  type LocatedClaim,
  type LocateError,
  type NewClaimSelectors,
} from "@/lib/anchoring/locate-quote";
import { AppError, notFound } from "@/lib/errors";
import type { Executor } from "@/db/queries/transaction";
import { revisionText } from "./revision-text-cache";

const locateMessages: Record<LocateError, string> = {
  "not-found": "The quote does not occur in the document's current text.",
  "out-of-range": "The position is outside the document's text.",
  mismatch: "The quote is not at that position, nor anywhere in the document.",
  empty: "The selector covers no text.",
  "invalid-text": "The quote or its prefix or suffix is not valid text (a lone surrogate, NUL or a noncharacter).",
};

/**
 * Where the words `selector` names stand in the text of the document's revision `number`, found
 * as a new claim's are (lib/anchoring/locate-quote.ts); refused as invalid on the selector when
 * they are not there.
 */
export function locateOnRevision(
  q: Executor,
  documentId: string,
  number: number,
  selector: NewClaimSelectors,
): LocatedClaim {
  const revision = revisionText(q, documentId, number);
  if (revision === undefined) throw notFound("Document revision");
  const located = locateNewClaim(revision.text, selector, revision.index, revision.folded);
  if ("error" in located) {
    throw new AppError("invalid", locateMessages[located.error], {
      fields: { selector: [locateMessages[located.error]] },
    });
  }
  return located;
}
