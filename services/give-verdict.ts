import "server-only";
import { randomUUID } from "node:crypto";
import type { ClaimView } from "@/lib/claims/types";
import { AppError } from "@/lib/errors";
import { findRating } from "@/lib/ratings";
import type { ResolutionInput, VerdictInput } from "@/lib/validation/claims";
import { updateClaim } from "@/db/queries/claims";
import { insertEvent } from "@/db/queries/events";
import type { ProjectRow } from "@/db/queries/projects";
import { inTransaction } from "@/db/queries/transaction";
import { getResolution, getVerdict, insertVerdict, updateVerdict, upsertResolution } from "@/db/queries/verdicts";
import type { SessionActor } from "./actor";
import { claimViewAfterWrite } from "./get-claims";
import { publishDocumentEvent } from "./live-events";
import { checkVersion, claimEventIds, loadClaim, type ExpectedVersion } from "./load-claim";

function assertRating(project: ProjectRow, rating: string): void {
  if (!findRating(project.ratingScale, rating)) {
    const keys = project.ratingScale.map((r) => r.key).join(", ");
    throw new AppError("invalid", `“${rating}” is not on this project's rating scale.`, { fields: { rating: [`must be one of: ${keys}`] } });
  }
}

export type VerdictResult = { claim: ClaimView; verdict: { version: number; created: boolean } };

/**
 * Records the actor's own verdict on a claim (one current verdict per reviewer; earlier ones
 * stay in the history). An open claim goes in review; a resolved claim goes back in review
 * when the new verdict disagrees with its resolution.
 */
export function giveVerdict(actor: SessionActor, claimId: string, input: VerdictInput, expected: ExpectedVersion): VerdictResult {
  const result = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "verdict:give");
    const { claim, project } = context;
    assertRating(project, input.rating);
    const existing = getVerdict(tx, { claimId, userId: actor.userId });
    checkVersion(existing?.version ?? 0, expected, { required: false, what: "verdict" });
    const values = { rating: input.rating, confidence: input.confidence, rationale: input.rationale };
    const verdict = existing ? updateVerdict(tx, { id: existing.id, values }) : insertVerdict(tx, { id: randomUUID(), claimId, userId: actor.userId, ...values });
    const ids = claimEventIds(context);
    insertEvent(tx, { ...ids, entityType: "verdict", entityId: verdict.id, action: existing ? "updated" : "created", before: existing ?? null, after: verdict });

    const resolution = getResolution(tx, { claimId });
    const nextStatus =
      claim.status === "open" ? "in-review" : claim.status === "resolved" && resolution && resolution.rating !== input.rating ? "in-review" : null;
    if (nextStatus) {
      updateClaim(tx, { id: claimId, changes: { status: nextStatus } });
      insertEvent(tx, { ...ids, entityType: "claim", entityId: claimId, action: "updated", before: { status: claim.status }, after: { status: nextStatus } });
    }
    return { claim: claimViewAfterWrite(tx, context, claimId), verdict: { version: verdict.version, created: !existing } };
  });
  publishDocumentEvent(result.claim.documentId, result.verdict.created ? "verdict.created" : "verdict.updated", claimId);
  return result;
}

/** The editor's final verdict: what reports and ClaimReview publish. Marks the claim resolved. */
export function resolveClaim(actor: SessionActor, claimId: string, input: ResolutionInput, expected: ExpectedVersion): VerdictResult {
  const result = inTransaction((tx) => {
    const context = loadClaim(tx, actor, claimId, "resolution:give");
    const { claim, project } = context;
    assertRating(project, input.rating);
    const existing = getResolution(tx, { claimId });
    checkVersion(existing?.version ?? 0, expected, { required: false, what: "resolution" });
    const resolution = upsertResolution(tx, { claimId, userId: actor.userId, rating: input.rating, rationale: input.rationale });
    const ids = claimEventIds(context);
    insertEvent(tx, { ...ids, entityType: "resolution", entityId: claimId, action: existing ? "updated" : "created", before: existing ?? null, after: resolution });
    if (claim.status !== "resolved") {
      updateClaim(tx, { id: claimId, changes: { status: "resolved" } });
      insertEvent(tx, { ...ids, entityType: "claim", entityId: claimId, action: "updated", before: { status: claim.status }, after: { status: "resolved" } });
    }
    return { claim: claimViewAfterWrite(tx, context, claimId), verdict: { version: resolution.version, created: !existing } };
  });
  publishDocumentEvent(result.claim.documentId, result.verdict.created ? "resolution.created" : "resolution.updated", claimId);
  return result;
}
