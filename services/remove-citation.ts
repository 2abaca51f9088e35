import "server-only";
import type { ClaimView } from "@/lib/claims/types";
import { insertEvent } from "@/db/queries/events";
import { deleteClaimSource } from "@/db/queries/sources";
import { inTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { claimViewAfterWrite } from "./support/claim-views";
import { loadCitation } from "./support/load-citation";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds } from "./support/load-claim";

/** Removes a source from a claim; the source stays in the project for other claims. */
export function removeCitation(
  actor: SessionActor,
  claimId: string,
  linkId: string,
  expected: ExpectedVersion,
): ClaimView {
  const claim = inTransaction((tx) => {
    const { context, link, source } = loadCitation(tx, actor, claimId, linkId);
    checkVersion(link.version, expected, { required: true, what: "source citation" });
    deleteClaimSource(tx, { id: link.id });
    insertEvent(tx, {
      ...claimEventIds(context),
      entityType: "claim-source",
      entityId: link.id,
      action: "deleted",
      before: { ...link, url: source.url },
    });
    return claimViewAfterWrite(tx, context, claimId);
  });
  publishDocumentEvent(claim.documentId, "source.deleted", claimId);
  return claim;
}
