import "server-only";
import type { ClaimView, SourceView } from "@/lib/claims/types";
import { notFound } from "@/lib/errors";
import { getClaimSourceById, getSourceById } from "@/db/queries/sources";
import type { Tx } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import { loadClaim } from "./load-claim";

/** What a citation's change answers: the claim as it now reads, and the citation in it. */
export type CitationResult = { claim: ClaimView; source: SourceView };

/** The citation `linkId` as it reads in `claim`. */
export function sourceOf(claim: ClaimView, linkId: string): SourceView {
  const source = claim.sources.find((s) => s.id === linkId);
  if (!source) throw new Error(`citation ${linkId} missing from its claim`);
  return source;
}

/** Loads a claim's citation and its source, checking the actor may cite sources there. */
export function loadCitation(tx: Tx, actor: SessionActor, claimId: string, linkId: string) {
  const context = loadClaim(tx, actor, claimId, "source:cite");
  const link = getClaimSourceById(tx, { id: linkId });
  if (!link || link.claimId !== claimId) throw notFound("Source citation");
  const source = getSourceById(tx, { id: link.sourceId });
  if (!source) throw notFound("Source");
  return { context, link, source };
}
