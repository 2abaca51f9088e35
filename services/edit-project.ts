import "server-only";
import { AppError } from "@/lib/errors";
import { compareScales, type Rating } from "@/lib/ratings";
import type { UpdateProjectInput } from "@/lib/validation/projects";
import { insertEvent } from "@/db/queries/events";
import { updateProject, type ProjectChanges } from "@/db/queries/projects";
import { inTransaction, type Tx } from "@/db/queries/transaction";
import { countRatingUsesByProjectId } from "@/db/queries/verdicts";
import type { SessionActor } from "./support/actor";
import { authorizeProject } from "./support/authorize-project";
import { checkVersion, type ExpectedVersion } from "./support/check-version";
import { toProjectResource, type ProjectResource } from "./support/project-resource";

/**
 * Changes a project's settings, for an editor: its name, its organisation (the publisher named
 * by its ClaimReview), blind review, and its rating scale. Ratings are matched by key: one may
 * be renamed, renumbered, recoloured, described, moved or retired (no longer offered for new
 * verdicts, still shown where given), but one that verdicts or resolutions use cannot be taken
 * off the scale (409, saying how many use it). Refused with 428 without the version the writer
 * saw and 412 when it moved. A change is recorded with its audit event; one that changes
 * nothing writes nothing.
 */
export function editProject(
  actor: SessionActor,
  projectId: string,
  input: UpdateProjectInput,
  expected: ExpectedVersion,
): ProjectResource {
  return inTransaction((tx) => {
    const { project, role } = authorizeProject(tx, actor, projectId, "project:edit");
    const changes: ProjectChanges = {};
    if (input.name !== undefined && input.name !== project.name) changes.name = input.name;
    if (input.organization !== undefined) {
      const name = input.organization?.name ?? null;
      const url = input.organization?.url ?? null;
      if (name !== project.organizationName) changes.organizationName = name;
      if (url !== project.organizationUrl) changes.organizationUrl = url;
    }
    if (input.blindReview !== undefined && input.blindReview !== project.isBlindReview)
      changes.isBlindReview = input.blindReview;
    if (input.ratingScale !== undefined && !isSameScale(project.ratingScale, input.ratingScale)) {
      assertNoneRemovedInUse(tx, projectId, project.ratingScale, input.ratingScale);
      changes.ratingScale = input.ratingScale;
    }
    checkVersion(project.version, expected, { required: true, what: "project" });
    const keys = Object.keys(changes) as (keyof ProjectChanges)[];
    if (keys.length === 0) return toProjectResource(project, role);

    const updated = updateProject(tx, { id: projectId, changes });
    insertEvent(tx, {
      actorId: actor.userId,
      projectId,
      entityType: "project",
      entityId: projectId,
      action: "updated",
      before: Object.fromEntries(keys.map((k) => [k, project[k]])),
      after: Object.fromEntries(keys.map((k) => [k, updated[k]])),
    });
    return toProjectResource(updated, role);
  });
}

function isSameScale(a: Rating[], b: Rating[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** 409 when a rating taken off the scale is still some verdict's or resolution's, naming how many. */
function assertNoneRemovedInUse(tx: Tx, projectId: string, before: Rating[], after: Rating[]): void {
  const { removed } = compareScales(before, after);
  if (removed.length === 0) return;
  const uses = countRatingUsesByProjectId(tx, { projectId, ratings: removed.map((r) => r.key) });
  const inUse = removed.flatMap((r) => {
    const n = uses.get(r.key);
    return n && n.verdicts + n.resolutions > 0 ? [{ rating: r, ...n }] : [];
  });
  if (inUse.length === 0) return;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const lines = inUse.map(
    (u) =>
      `“${u.rating.label}” is used by ${count(u.verdicts, "verdict")} and ${count(u.resolutions, "resolution")}: retire it instead of deleting it`,
  );
  throw new AppError(
    "conflict",
    inUse.length === 1
      ? `${lines[0]}.`
      : `${inUse.length} of the ratings taken off the scale are in use. ${lines.join("; ")}.`,
    { fields: Object.fromEntries(inUse.map((u) => [`ratingScale.${u.rating.key}`, [lines[inUse.indexOf(u)]!]])) },
  );
}
