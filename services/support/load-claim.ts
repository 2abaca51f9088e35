import "server-only";
import type { ProjectAction } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors";
import type { Claim, Document } from "@/db/schema";
import { getClaimRowById } from "@/db/queries/claims";
import { getDocumentById } from "@/db/queries/documents";
import type { Executor } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import { authorizeProject, type ProjectAccess } from "./authorize-project";

export type ClaimContext = ProjectAccess & { claim: Claim; document: Document };

/**
 * Loads a claim with its document and project and checks `action` in the project. Anything
 * the actor may not see is "not found", whatever the id looks like.
 */
export function loadClaim(q: Executor, actor: SessionActor, claimId: string, action: ProjectAction): ClaimContext {
  const claim = getClaimRowById(q, { id: claimId });
  if (!claim) throw notFound("Claim");
  const document = getDocumentById(q, { id: claim.documentId });
  if (!document) throw notFound("Claim");
  return { ...authorizeProject(q, actor, document.projectId, action, "Claim"), claim, document };
}

/** Who, and on what claim, for the audit events a claim's change writes. */
export function claimEventIds(context: ClaimContext) {
  return {
    actorId: context.actor.userId,
    projectId: context.project.id,
    documentId: context.claim.documentId,
    claimId: context.claim.id,
  };
}
