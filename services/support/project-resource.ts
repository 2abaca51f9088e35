import type { ProjectRole } from "@/lib/auth/policy";
import type { Rating } from "@/lib/ratings";
import type { Project } from "@/db/schema";

/** A project as `GET` and `PATCH /api/v1/projects/:id` answer it. */
export type ProjectResource = {
  id: string;
  name: string;
  /** The desk that publishes the verdicts (ClaimReview's `author`); null until set. */
  organization: { name: string; url: string | null } | null;
  ratingScale: Rating[];
  blindReview: boolean;
  /** The caller's role (null for an administrator who is not a member). */
  role: ProjectRole | null;
  createdAt: string;
  version: number;
};

export function toProjectResource(project: Project, role: ProjectRole | null): ProjectResource {
  return {
    id: project.id,
    name: project.name,
    organization: project.organizationName ? { name: project.organizationName, url: project.organizationUrl } : null,
    ratingScale: project.ratingScale,
    blindReview: project.isBlindReview,
    role,
    createdAt: project.createdAt,
    version: project.version,
  };
}
