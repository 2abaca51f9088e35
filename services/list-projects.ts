import "server-only";
import { can } from "@/lib/auth/policy";
import { listProjectsForUser, type ProjectSummary } from "@/db/queries/projects";
import { reader } from "@/db/queries/transaction";
import type { SessionActor } from "./support/actor";

/** The projects the actor belongs to (an admin sees every project). */
export function listProjects(actor: SessionActor): ProjectSummary[] {
  return listProjectsForUser(reader(), {
    userId: actor.userId,
    isAdmin: can(actor, "project:list-all", { kind: "instance" }),
  });
}
