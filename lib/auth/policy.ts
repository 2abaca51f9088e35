/**
 * The authorization policy: the single place that says who may do what. Every door (page,
 * server action, route handler) reaches it through a service; hiding a button is not a check.
 *
 * Project roles are cumulative (editor ⊃ reviewer ⊃ viewer); an instance admin may do
 * everything in every project.
 */
export const projectRoles = ["viewer", "reviewer", "editor"] as const;
export type ProjectRole = (typeof projectRoles)[number];
export type InstanceRole = "admin" | "member";

export type Actor = { userId: string; instanceRole: InstanceRole };

const rank: Record<ProjectRole, number> = { viewer: 1, reviewer: 2, editor: 3 };

/** Actions inside a project, with the least role that may take them. */
export const projectActionRoles = {
  "project:read": "viewer",
  "document:read": "viewer",
  "claim:read": "viewer",
  "report:export": "viewer",
  "stats:read": "viewer",
  "claim:create": "reviewer",
  "claim:edit": "reviewer",
  "verdict:give": "reviewer",
  "source:add": "reviewer",
  "source:edit": "reviewer",
  "comment:add": "reviewer",
  "annotations:import": "reviewer",
  "claim:delete": "editor",
  "resolution:give": "editor",
  "document:create": "editor",
  "document:edit": "editor",
  "project:edit": "editor",
  "member:manage": "editor",
} as const satisfies Record<string, ProjectRole>;

export type ProjectAction = keyof typeof projectActionRoles;

/** Actions on the instance as a whole. */
export const instanceActions = ["user:create", "project:create", "user:list"] as const;
export type InstanceAction = (typeof instanceActions)[number];

const instanceActionAdminOnly: Record<InstanceAction, boolean> = {
  "user:create": true,
  "user:list": true,
  "project:create": false,
};

/**
 * May `actor`, whose role in the project is `membership` (null when not a member), take
 * `action` there?
 */
export function canInProject(actor: Actor, membership: ProjectRole | null, action: ProjectAction): boolean {
  if (actor.instanceRole === "admin") return true;
  if (membership === null) return false;
  return rank[membership] >= rank[projectActionRoles[action]];
}

/** May `actor` take an instance-wide `action`? */
export function canOnInstance(actor: Actor, action: InstanceAction): boolean {
  if (actor.instanceRole === "admin") return true;
  return !instanceActionAdminOnly[action];
}

/**
 * Can the actor see the project at all? Non-members get 404 rather than 403, so that ids of
 * other desks' projects reveal nothing.
 */
export function canSeeProject(actor: Actor, membership: ProjectRole | null): boolean {
  return actor.instanceRole === "admin" || membership !== null;
}

/**
 * Under blind review a reviewer sees only their own verdict on a claim until they have given
 * one; editors, viewers and admins see all.
 */
export function canSeeOthersVerdicts(
  actor: Actor,
  membership: ProjectRole | null,
  options: { isBlindReview: boolean; hasOwnVerdict: boolean },
): boolean {
  if (!options.isBlindReview || options.hasOwnVerdict) return true;
  if (actor.instanceRole === "admin") return true;
  return membership !== "reviewer";
}
