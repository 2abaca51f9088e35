import "server-only";
import { listProjectsForUser, type ProjectSummary } from "@/db/queries/projects";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./actor";

/** The projects the actor belongs to (an admin sees every project). */
export function listProjects(actor: SessionActor): ProjectSummary[] {
  return listProjectsForUser(reader(), { userId: actor.userId, isAdmin: actor.instanceRole === "admin" });
}
