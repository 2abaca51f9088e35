import "server-only";
import { can } from "@/lib/auth/policy";
import { describeEvent, peopleNamedIn } from "@/lib/claims/history";
import type { HistoryEntry } from "@/lib/claims/types";
import { listEventsByClaimId } from "@/db/queries/events";
import { listUserNamesByIds } from "@/db/queries/users";
import { reader } from "@/db/queries/transaction";
import { getVerdict } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { loadClaim } from "./support/load-claim";

/** The claim's audit trail, newest first, worded for people; blind review is respected. */
export function getClaimHistory(actor: SessionActor, claimId: string): HistoryEntry[] {
  const q = reader();
  const context = loadClaim(q, actor, claimId, "project:read");
  const hasOwn = getVerdict(q, { claimId, userId: actor.userId }) !== undefined;
  const seesAll = can(actor, "verdicts:see-others", {
    kind: "verdicts",
    role: context.role,
    isBlindReview: context.project.isBlindReview,
    hasOwnVerdict: hasOwn,
  });
  const events = listEventsByClaimId(q, { claimId });
  const names = listUserNamesByIds(q, { ids: peopleNamedIn(events) });
  const nameOf = (id: string) => names.get(id) ?? null;
  return events.map((e) => ({
    id: e.id,
    actorName: e.actorName,
    entityType: e.entityType,
    action: e.action,
    summary: describeEvent(e, context.project.ratingScale, {
      showRatings: seesAll || e.actorId === actor.userId,
      nameOf,
    }),
    createdAt: e.createdAt,
  }));
}
