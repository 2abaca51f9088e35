import "server-only";
import { randomUUID } from "node:crypto";
import { can } from "@/lib/auth/policy";
import type { VerdictInput } from "@/lib/validation/claims";
import { updateClaim, type ClaimChanges } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import { inTransaction } from "@/db/queries/transaction";
import { getResolution, getVerdict, insertVerdict, updateVerdict } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { claimViewAfterWrite } from "./support/claim-views";
import { publishDocumentEvent } from "./support/live-events";
import { claimEventIds, loadClaim, type ClaimContext } from "./support/load-claim";
import { assertRating, type VerdictResult } from "./support/rating-result";

/**
 * Records the actor's own verdict on a claim (one current verdict per reviewer; earlier ones
 * stay in the history). The first verdict moves an open claim in review, as the policy's
 * `claim:set-status` allows. A resolved claim stays resolved: a verdict that disagrees with
 * its resolution flags it for an editor (`isFlagged`), who resolves it again to clear the flag.
 */
export function giveVerdict(
  actor: SessionActor,
  claimId: string,
  input: VerdictInput,
  expected: ExpectedVersion,
): VerdictResult {
  const result = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "verdict:give");
    const { project } = context;
    const existing = getVerdict(tx, { claimId, userId: actor.userId });
    assertRating(project, input.rating, existing?.rating ?? null);
    checkVersion(existing?.version ?? 0, expected, { required: false, what: "verdict" });
    const values = { rating: input.rating, confidence: input.confidence, rationale: input.rationale };
    const verdict = existing
      ? updateVerdict(tx, { id: existing.id, values })
      : insertVerdict(tx, { id: randomUUID(), claimId, userId: actor.userId, ...values });
    const ids = claimEventIds(context);
    insertEvent(tx, {
      ...ids,
      entityType: "verdict",
      entityId: verdict.id,
      action: existing ? "updated" : "created",
      before: existing ?? null,
      after: verdict,
    });

    const changes = claimChangesAfterVerdict(actor, context, getResolution(tx, { claimId })?.rating ?? null, input);
    if (changes) {
      updateClaim(tx, { id: claimId, changes: changes.after });
      insertEvent(tx, { ...ids, entityType: "claim", entityId: claimId, action: "updated", ...changes });
    }
    return {
      claim: claimViewAfterWrite(tx, context, claimId),
      verdict: { version: verdict.version, created: !existing },
    };
  });
  publishDocumentEvent(
    result.claim.documentId,
    result.verdict.created ? "verdict.created" : "verdict.updated",
    claimId,
  );
  return result;
}

/** What a new verdict changes on its claim: its status (open → in-review) or its flag; null for nothing. */
function claimChangesAfterVerdict(
  actor: SessionActor,
  { claim, role }: ClaimContext,
  resolvedAs: string | null,
  input: VerdictInput,
): { before: ClaimChanges; after: ClaimChanges } | null {
  const next = claim.status === "open" ? "in-review" : null;
  if (
    next &&
    can(actor, "claim:set-status", { kind: "status-change", role, from: claim.status, to: next, cause: "verdict" })
  )
    return { before: { status: claim.status }, after: { status: next } };
  if (claim.status === "resolved" && resolvedAs !== null && resolvedAs !== input.rating && !claim.isFlagged)
    return { before: { isFlagged: false }, after: { isFlagged: true } };
  return null;
}
