import "server-only";
import type { ProjectAction } from "@/lib/auth/policy";
import { AppError, notFound, staleVersion } from "@/lib/errors";
import type { Claim, Document } from "@/db/schema";
import { getClaimRowById } from "@/db/queries/claims";
import { getDocumentById } from "@/db/queries/documents";
import type { Executor } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";
import { authorizeProject } from "./authorize-project";
import type { Reader } from "./claim-views";

export type ClaimContext = Reader & { claim: Claim; document: Document };

/**
 * Loads a claim with its document and project and checks `action`. Anything the actor may not
 * see is "not found", whatever the id looks like.
 */
export function loadClaim(q: Executor, actor: SessionActor, claimId: string, action: ProjectAction): ClaimContext {
  const claim = getClaimRowById(q, { id: claimId });
  if (!claim) throw notFound("Claim");
  const document = getDocumentById(q, { id: claim.documentId });
  if (!document) throw notFound("Claim");
  const { project, role } = authorizeProjectOrHide(q, actor, document.projectId, action, "Claim");
  return { actor, role, project, claim, document };
}

export function loadDocument(q: Executor, actor: SessionActor, documentId: string, action: ProjectAction): Reader & { document: Document } {
  const document = getDocumentById(q, { id: documentId });
  if (!document) throw notFound("Document");
  const { project, role } = authorizeProjectOrHide(q, actor, document.projectId, action, "Document");
  return { actor, role, project, document };
}

function authorizeProjectOrHide(q: Executor, actor: SessionActor, projectId: string, action: ProjectAction, what: string) {
  try {
    return authorizeProject(q, actor, projectId, action);
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") throw notFound(what);
    throw error;
  }
}

/**
 * The optimistic-concurrency check: `expected` is the version the writer last saw (from
 * If-Match or a form). Missing when required → 428; different → 412.
 */
export function checkVersion(current: number, expected: ExpectedVersion, options: { required: boolean; what: string }): void {
  if (expected === undefined) {
    if (options.required) {
      throw new AppError("precondition-required", `Send If-Match with the ${options.what}'s ETag, so a change made meanwhile is not overwritten.`);
    }
    return;
  }
  if (expected === "any") return;
  const versions = Array.isArray(expected) ? expected : [expected];
  if (!versions.includes(current)) throw staleVersion(`The ${options.what}`);
}

/**
 * The version a writer last saw: a number (a form's hidden field), the versions named by an
 * If-Match header, "any" for `If-Match: *`, or undefined when none was sent.
 */
export type ExpectedVersion = number | number[] | "any" | undefined;

/** Who, and on what claim, for the audit events a claim's change writes. */
export function claimEventIds(context: ClaimContext) {
  return { actorId: context.actor.userId, projectId: context.project.id, documentId: context.claim.documentId, claimId: context.claim.id };
}
