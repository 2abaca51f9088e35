import "server-only";
import type { ClaimSearchResult } from "@/lib/claims/search";
import type { ClaimSearchInput } from "@/lib/validation/claim-search";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { parseClaimSearch, readableProjects, runClaimSearch } from "./support/claim-search";
import { catchUpClaimSearch } from "./support/claim-search-index";

/**
 * The claims explorer: live claims across documents, filtered, searched in full text (wording,
 * quote, claimant, comments, source titles, and the verdict and resolution rationales the actor
 * may see) and sorted, one page at a time. With `projectId`, that project (404 when the actor
 * cannot see it); without, every project the actor belongs to (an admin: every project).
 * Invalid parameters are 422 with the fields at fault.
 */
export function searchClaims(actor: SessionActor, input: ClaimSearchInput): ClaimSearchResult {
  const params = parseClaimSearch(input);
  // New claims wait to be indexed (claim-search-index.ts): a search never misses one.
  catchUpClaimSearch();
  return readTransaction((q) => {
    const accesses =
      params.projectId !== undefined
        ? [authorizeProject(q, actor, params.projectId, "project:read")]
        : readableProjects(q, actor);
    return runClaimSearch(q, actor, accesses, params);
  });
}
