import "server-only";
import type { ProjectRole, PolicyObjects } from "@/lib/auth/policy";
import type { Claim } from "@/db/schema";
import { summarizeCommentsInScope } from "@/db/queries/comments";
import type { Executor } from "@/db/queries/transaction";
import { getResolution, listVerdictsInScope } from "@/db/queries/verdicts";

/** The people who have worked on a claim: its raters, its resolver and its commenters. */
export type ClaimWorkers = {
  raterIds: Iterable<string>;
  resolverId: string | null | undefined;
  commenterIds: Iterable<string>;
};

/** The policy's object for a claim, from the people who have worked on it. */
export function claimObject(
  claim: Pick<Claim, "createdBy">,
  role: ProjectRole | null,
  workers: ClaimWorkers,
): PolicyObjects["claim"] {
  const isOther = (id: string | null | undefined) => id !== undefined && id !== null && id !== claim.createdBy;
  const hasOthersWork =
    [...workers.raterIds].some(isOther) || isOther(workers.resolverId) || [...workers.commenterIds].some(isOther);
  return { kind: "claim", role, createdBy: claim.createdBy, hasOthersWork };
}

/** The policy's object for one claim, read from the database. */
export function loadClaimObject(
  q: Executor,
  claim: Pick<Claim, "id" | "createdBy">,
  role: ProjectRole | null,
): PolicyObjects["claim"] {
  const scope = { claimIds: [claim.id] };
  return claimObject(claim, role, {
    raterIds: listVerdictsInScope(q, scope).map((v) => v.userId),
    resolverId: getResolution(q, { claimId: claim.id })?.userId,
    commenterIds: summarizeCommentsInScope(q, scope).get(claim.id)?.authorIds ?? [],
  });
}
