import "server-only";
import { can } from "@/lib/auth/policy";
import type { ClaimSearchResult } from "@/lib/claims/search";
import type { MemberView } from "@/lib/claims/types";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { Rating } from "@/lib/ratings";
import type { ClaimSearchInput, ClaimSort, SortOrder } from "@/lib/validation/claim-search";
import { listDocumentTitlesByProjectId } from "@/db/queries/documents";
import { listMembersByProjectId } from "@/db/queries/projects";
import { readTransaction } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { effectiveSort, parseClaimSearch, runClaimSearch } from "./support/claim-search";
import { catchUpClaimSearch } from "./support/claim-search-index";
import { givesVerdicts } from "./support/assignee";

export type ClaimsExplorer = {
  project: { id: string; name: string; ratingScale: Rating[]; isBlindReview: boolean };
  /** The project's documents and members, newest documents first, to filter by. */
  documents: { id: string; title: string }[];
  members: MemberView[];
  /** May the actor assign claims here (`claim:assign`), and to whom (members who may give verdicts). */
  canAssign: boolean;
  assignees: MemberView[];
  /** Blind review withholds from the actor the others' ratings of the claims they have not rated. */
  isBlindToOthers: boolean;
  /** The sort and order applied (the defaults filled in). */
  sort: ClaimSort;
  order: SortOrder;
  /** The page of claims; null when the query is not valid, with `errors` saying why. */
  result: ClaimSearchResult | null;
  errors: FieldErrors | null;
};

/**
 * The explorer page of a project: its claims as `searchClaims` finds them, and what the filter
 * form offers, read from one snapshot. A project the actor cannot see is 404; an invalid query
 * is answered with its field errors rather than refused, so the form can show them.
 */
export function openClaimsExplorer(actor: SessionActor, projectId: string, input: ClaimSearchInput): ClaimsExplorer {
  // New claims wait to be indexed (claim-search-index.ts): a search never misses one.
  catchUpClaimSearch();
  return readTransaction((q) => {
    const access = authorizeProject(q, actor, projectId, "project:read");
    const { project, role } = access;
    let result: ClaimSearchResult | null = null;
    let errors: FieldErrors | null = null;
    let applied = effectiveSort({ q: undefined, sort: undefined, order: undefined });
    try {
      const params = parseClaimSearch({ ...input, projectId });
      applied = effectiveSort(params);
      result = runClaimSearch(q, actor, [access], params);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "invalid") throw error;
      errors = error.fields ?? { _: [error.message] };
    }
    const members = listMembersByProjectId(q, { projectId }).map((m) => ({
      userId: m.userId,
      name: m.name,
      role: m.role,
    }));
    return {
      project: {
        id: project.id,
        name: project.name,
        ratingScale: project.ratingScale,
        isBlindReview: project.isBlindReview,
      },
      documents: listDocumentTitlesByProjectId(q, { projectId }),
      members,
      canAssign: can(actor, "claim:assign", { kind: "project", role }),
      assignees: members.filter((m) => givesVerdicts(m)),
      isBlindToOthers: !can(actor, "verdicts:see-others", {
        kind: "verdicts",
        role,
        isBlindReview: project.isBlindReview,
        hasOwnVerdict: false,
      }),
      ...applied,
      result,
      errors,
    };
  });
}
