import "server-only";
import { can } from "@/lib/auth/policy";
import { listDocumentsByProjectId, type DocumentSummary } from "@/db/queries/documents";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";

/**
 * The project's documents with their claims and resolved ratings counted. A blind reviewer's
 * counts leave out the ratings of claims they have not rated themselves.
 */
export function listDocuments(actor: SessionActor, projectId: string): DocumentSummary[] {
  const q = reader();
  const { project, role } = authorizeProject(q, actor, projectId, "project:read");
  const seesAll = can(actor, "verdicts:see-others", {
    kind: "verdicts",
    role,
    isBlindReview: project.isBlindReview,
    hasOwnVerdict: false,
  });
  return listDocumentsByProjectId(q, { projectId, ...(seesAll ? {} : { blindReaderId: actor.userId }) });
}
