import "server-only";
import type { ClaimView } from "@/lib/claims/types";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { buildClaimView } from "./support/claim-views";
import { loadClaim } from "./support/load-claim";

/** One claim as the actor may see it; 404 when they may not. */
export function getClaim(actor: SessionActor, claimId: string): ClaimView {
  const q = reader();
  const context = loadClaim(q, actor, claimId, "project:read");
  return buildClaimView(q, context.claim, context);
}
