import "server-only";
import { rules, type ActionOn, type ProjectAction } from "@/lib/auth/policy";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject, requirePermission } from "./support/authorize-project";
import { loadClaimObject } from "./support/claim-object";
import { loadClaim } from "./support/load-claim";
import { loadComment } from "./support/load-comment";
import { loadDocument } from "./support/load-document";

/** Where a request acts: the project, or the document, claim or comment (whose project decides). */
export type AccessTarget = { projectId: string } | { documentId: string } | { claimId: string } | { commentId: string };

/**
 * The check a door makes before it reads a request's body, so that nobody can make the server
 * read (and hold) a large body they may not send: may `actor` take `action` at all, in the
 * project `target` belongs to? Refuses as the service would (404 for what the actor cannot see,
 * 403 for a role that may not). It asks only the role: the service doing the work checks again,
 * in its transaction, with every row-level rule (whose comment, whose claim).
 */
export function checkAccess(actor: SessionActor, action: ActionOn<"instance">): void;
export function checkAccess(actor: SessionActor, action: ActionOn<"account">, target: { userId: string }): void;
export function checkAccess(actor: SessionActor, action: ActionOn<"claim">, target: { claimId: string }): void;
export function checkAccess(actor: SessionActor, action: ProjectAction, target: AccessTarget): void;
export function checkAccess(
  actor: SessionActor,
  action: ProjectAction | ActionOn<"instance"> | ActionOn<"claim"> | ActionOn<"account">,
  target?: AccessTarget | { userId: string },
): void {
  if (!target) {
    requirePermission(actor, action as ActionOn<"instance">, { kind: "instance" });
    return;
  }
  if ("userId" in target) {
    requirePermission(actor, action as ActionOn<"account">, { kind: "account", userId: target.userId });
    return;
  }
  const q = reader();
  if (rules[action].on === "claim" && "claimId" in target) {
    const { claim, role } = loadClaim(q, actor, target.claimId, "project:read");
    requirePermission(actor, action as ActionOn<"claim">, loadClaimObject(q, claim, role));
    return;
  }
  const projectAction = action as ProjectAction;
  if ("projectId" in target) authorizeProject(q, actor, target.projectId, projectAction);
  else if ("documentId" in target) loadDocument(q, actor, target.documentId, projectAction);
  else if ("claimId" in target) loadClaim(q, actor, target.claimId, projectAction);
  else loadComment(q, actor, target.commentId, projectAction);
}
