import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/policy";
import { activityKindOf, activityKinds, type ProjectActivity } from "@/lib/claims/activity";
import { describeEvent, peopleNamedIn } from "@/lib/claims/history";
import { AppError, notFound } from "@/lib/errors";
import {
  ACTIVITY_PAGE_SIZE,
  activityFilterSchema,
  type ActivityFilter,
  type ActivityFilterInput,
} from "@/lib/validation/activity";
import { listDocumentTitlesByProjectId } from "@/db/queries/documents";
import { listActorsByProjectId, listEventsByProjectId } from "@/db/queries/events";
import { readTransaction } from "@/db/queries/transaction";
import { listUserNamesByIds } from "@/db/queries/users";
import { listClaimIdsRatedByUser } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";

function parseFilter(input: ActivityFilterInput): ActivityFilter {
  const parsed = activityFilterSchema.safeParse(input);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    throw new AppError("invalid", "The activity filter is not valid.", { fields });
  }
  return parsed.data;
}

/** A claim as a line of activity names it: its wording, cut short. */
function claimLabel(text: string | null): string | undefined {
  if (text === null) return undefined;
  const words = text.replace(/\s+/g, " ").trim();
  return `claim “${words.length > 60 ? `${words.slice(0, 59).trimEnd()}…` : words}”`;
}

/**
 * A project's activity (`/projects/:id/activity`): its audit events, newest first, described in
 * words, a page at a time (keyset on the event id: `before` is the last id of the page before),
 * optionally one person's, one document's or one kind's. Blind review holds as in a claim's
 * history: a rating (of a verdict or a resolution) shows only to a reader who may see the others'
 * ratings of that claim, or who gave it. A filter that does not read is 422; a document not in
 * the project 404, as is a project the actor cannot see.
 */
export function listProjectActivity(
  actor: SessionActor,
  projectId: string,
  input: ActivityFilterInput,
): ProjectActivity {
  return readTransaction((q) => {
    const { project, role } = authorizeProject(q, actor, projectId, "project:read");
    const filter = parseFilter(input);
    const documents = listDocumentTitlesByProjectId(q, { projectId });
    if (filter.documentId !== undefined && !documents.some((d) => d.id === filter.documentId))
      throw notFound("Document");
    const limit = filter.limit ?? ACTIVITY_PAGE_SIZE;
    const rows = listEventsByProjectId(q, {
      projectId,
      beforeId: filter.before,
      actorId: filter.person,
      documentId: filter.documentId,
      entityTypes:
        filter.kind === undefined ? undefined : [...activityKinds.find((k) => k.kind === filter.kind)!.entityTypes],
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const claimIds = [...new Set(page.flatMap((r) => (r.claimId ? [r.claimId] : [])))];
    const rated = listClaimIdsRatedByUser(q, { userId: actor.userId, claimIds });
    const names = listUserNamesByIds(q, { ids: peopleNamedIn(page) });
    const seesRatingsOf = (claimId: string | null) =>
      can(actor, "verdicts:see-others", {
        kind: "verdicts",
        role,
        isBlindReview: project.isBlindReview,
        hasOwnVerdict: claimId !== null && rated.has(claimId),
      });
    return {
      project: { id: project.id, name: project.name },
      filter: { person: filter.person ?? null, documentId: filter.documentId ?? null, kind: filter.kind ?? null },
      entries: page.map((row) => ({
        id: row.id,
        createdAt: row.createdAt,
        actorId: row.actorId,
        actorName: row.actorName,
        kind: activityKindOf(row.entityType),
        summary: describeEvent(row, project.ratingScale, {
          showRatings: row.actorId === actor.userId || seesRatingsOf(row.claimId),
          claim: claimLabel(row.claimText),
          document: row.documentTitle ?? undefined,
          nameOf: (id) => names.get(id) ?? null,
        }),
        documentId: row.documentTitle === null ? null : row.documentId,
        documentTitle: row.documentTitle,
        claimId: row.claimText !== null && row.claimDeletedAt === null ? row.claimId : null,
      })),
      nextBefore: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
      people: listActorsByProjectId(q, { projectId }),
      documents,
    };
  });
}
