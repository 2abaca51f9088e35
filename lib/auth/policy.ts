/**
 * The authorization policy: the single place that says who may do what. It is one function,
 * `can(actor, action, object)`, over one table of rules; services ask it before they act, and
 * pages receive its answers with their data (the `permissions` of a claim, a comment, a
 * document or a project) instead of working them out again. Hiding a button is not a check.
 *
 * Project roles are cumulative (editor ⊃ reviewer ⊃ viewer); an instance admin may do
 * everything in every project, except edit the words of another person's comment. Each object carries what its rules depend on: the actor's role
 * in the object's project (null when not a member), its owner, whether others have worked on it.
 */
export const projectRoles = ["viewer", "reviewer", "editor"] as const;
export type ProjectRole = (typeof projectRoles)[number];
export const instanceRoles = ["admin", "member"] as const;
export type InstanceRole = (typeof instanceRoles)[number];

export type Actor = { userId: string; instanceRole: InstanceRole };

/** A claim's statuses, in their order (lib/claims/types.ts re-exports them). */
export const claimStatuses = ["open", "in-review", "resolved"] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
/** What moves a claim's status: a verdict given, a resolution given, or someone editing the claim by hand. */
export const statusCauses = ["verdict", "resolution", "edit"] as const;
export type StatusCause = (typeof statusCauses)[number];

/** The objects the policy is asked about, each with the facts its rules read. */
export type PolicyObjects = {
  instance: { kind: "instance" };
  account: { kind: "account"; userId: string };
  project: { kind: "project"; role: ProjectRole | null };
  claim: {
    kind: "claim";
    role: ProjectRole | null;
    createdBy: string | null;
    /** Someone other than its author has rated, resolved or discussed it. */
    hasOthersWork: boolean;
  };
  comment: { kind: "comment"; role: ProjectRole | null; authorId: string | null };
  /** A claim's status moving from `from` to `to`, because of `cause`. */
  "status-change": {
    kind: "status-change";
    role: ProjectRole | null;
    from: ClaimStatus;
    to: ClaimStatus;
    cause: StatusCause;
  };
  /** The other reviewers' verdicts (and the resolution) of one claim, under the project's blind-review setting. */
  verdicts: { kind: "verdicts"; role: ProjectRole | null; isBlindReview: boolean; hasOwnVerdict: boolean };
};
export type PolicyObjectKind = keyof PolicyObjects;
export type PolicyObject = PolicyObjects[PolicyObjectKind];

const rank: Record<ProjectRole, number> = { viewer: 1, reviewer: 2, editor: 3 };

function isAdmin(actor: Actor): boolean {
  return actor.instanceRole === "admin";
}

function isOwnAccount(actor: Actor, o: { userId: string }): boolean {
  return o.userId === actor.userId;
}

/** The actor holds at least `least` in the project (an admin always does). */
function hasRole(actor: Actor, role: ProjectRole | null, least: ProjectRole): boolean {
  if (isAdmin(actor)) return true;
  return role !== null && rank[role] >= rank[least];
}

type Rule<K extends PolicyObjectKind> = {
  on: K;
  rule: (actor: Actor, object: PolicyObjects[K]) => boolean;
  says: string;
};

function rule<K extends PolicyObjectKind>(
  on: K,
  says: string,
  fn: (actor: Actor, object: PolicyObjects[K]) => boolean,
): Rule<K> {
  return { on, rule: fn, says };
}

const atLeast = (least: ProjectRole) => (actor: Actor, o: { role: ProjectRole | null }) =>
  hasRole(actor, o.role, least);

/**
 * Every rule of the product, keyed by action. `says` is the rule in words: the README's role
 * table is written from it, and the matrix test walks every entry.
 */
export const rules = {
  // The instance.
  "project:create": rule("instance", "anyone signed in", () => true),
  "user:create": rule("instance", "admins", isAdmin),
  "user:list": rule("instance", "admins", isAdmin),
  "project:list-all": rule("instance", "admins (others see the projects they belong to)", isAdmin),
  "project:restore-as-authors": rule(
    "instance",
    "admins (anyone else's restored work is theirs, signed with the author's name)",
    isAdmin,
  ),
  "account:read": rule(
    "account",
    "admins, and the account's owner",
    (actor, o) => isAdmin(actor) || o.userId === actor.userId,
  ),
  // One's own account: one's password and personal API tokens are one's own business; an admin
  // resets a password or disables an account instead (below), never uses or sees the tokens.
  "account:change-password": rule("account", "the account's owner", isOwnAccount),
  "token:create": rule("account", "the account's owner", isOwnAccount),
  "token:list": rule("account", "the account's owner", isOwnAccount),
  "token:revoke": rule("account", "the account's owner", isOwnAccount),
  // Someone else's account. Not one's own: an admin changes their own password as anyone does,
  // and cannot lock themselves out (the service also keeps the last admin enabled).
  "user:reset-password": rule(
    "account",
    "admins, on someone else's account",
    (actor, o) => isAdmin(actor) && !isOwnAccount(actor, o),
  ),
  "user:disable": rule(
    "account",
    "admins, on someone else's account (disable and re-enable)",
    (actor, o) => isAdmin(actor) && !isOwnAccount(actor, o),
  ),
  "user:clear-throttle": rule("account", "admins", isAdmin),

  // A project and its documents. A non-member is told the project does not exist (404).
  "project:read": rule("project", "viewers", atLeast("viewer")),
  "project:edit": rule("project", "editors", atLeast("editor")),
  "member:manage": rule("project", "editors", atLeast("editor")),
  "document:create": rule("project", "editors", atLeast("editor")),
  "document:edit": rule("project", "editors", atLeast("editor")),
  "claim:create": rule("project", "reviewers", atLeast("reviewer")),
  "verdict:give": rule("project", "reviewers", atLeast("reviewer")),
  "resolution:give": rule("project", "editors", atLeast("editor")),
  "claim:assign": rule("project", "editors", atLeast("editor")),
  // Choosing the words a claim sits on after the text changed (or that they are gone) is a
  // reviewer's reading of the text, like marking it.
  "claim:reattach": rule("project", "reviewers", atLeast("reviewer")),
  "source:cite": rule("project", "reviewers", atLeast("reviewer")),
  "comment:add": rule("project", "reviewers", atLeast("reviewer")),
  // Each imported annotation becomes a claim (with its verdict, sources and comments) by the importer.
  "annotations:import": rule("project", "reviewers", atLeast("reviewer")),
  // A dismissed check-worthiness suggestion is hidden from everyone in the document.
  "suggestion:dismiss": rule("project", "reviewers", atLeast("reviewer")),

  // One claim.
  "claim:edit": rule("claim", "reviewers", atLeast("reviewer")),
  "claim:delete": rule(
    "claim",
    "editors; a reviewer deletes a claim they marked while nobody else has rated, resolved or discussed it",
    (actor, o) =>
      hasRole(actor, o.role, "editor") ||
      (hasRole(actor, o.role, "reviewer") && o.createdBy === actor.userId && !o.hasOthersWork),
  ),

  // A claim's status follows its work, not anyone's choice: a first verdict moves an open claim
  // in review, a resolution resolves it, and only an editor moves it by hand (a resolved claim
  // back in review or open above all). A verdict never moves a resolved claim: one that
  // disagrees with the resolution flags the claim for an editor instead.
  "claim:set-status": rule(
    "status-change",
    "a reviewer's first verdict moves an open claim in review; an editor's resolution resolves it; editors move it by hand",
    (actor, o) => {
      if (o.from === o.to) return false;
      switch (o.cause) {
        case "verdict":
          return o.from === "open" && o.to === "in-review" && hasRole(actor, o.role, "reviewer");
        case "resolution":
          return o.to === "resolved" && hasRole(actor, o.role, "editor");
        case "edit":
          return hasRole(actor, o.role, "editor");
      }
    },
  ),

  // One comment.
  // Nobody, an admin included, edits the words of another person's comment.
  "comment:edit": rule(
    "comment",
    "its author, while a reviewer",
    (actor, o) => o.authorId === actor.userId && hasRole(actor, o.role, "reviewer"),
  ),
  "comment:delete": rule(
    "comment",
    "editors, and its author while a reviewer",
    (actor, o) =>
      hasRole(actor, o.role, "editor") || (o.authorId === actor.userId && hasRole(actor, o.role, "reviewer")),
  ),

  // Blind review: a reviewer sees only their own rating of a claim until they have given one;
  // editors, viewers and admins see all, and everyone does when blind review is off.
  "verdicts:see-others": rule(
    "verdicts",
    "everyone, except a reviewer under blind review who has not yet rated the claim",
    (actor, o) => !o.isBlindReview || o.hasOwnVerdict || isAdmin(actor) || o.role !== "reviewer",
  ),
} as const;

export type Action = keyof typeof rules;
/** The kind of object an action is asked about. */
export type ObjectOf<A extends Action> = PolicyObjects[(typeof rules)[A]["on"]];
/** The actions asked about one kind of object. */
export type ActionOn<K extends PolicyObjectKind> = {
  [A in Action]: (typeof rules)[A]["on"] extends K ? A : never;
}[Action];
export type ProjectAction = ActionOn<"project">;

/** May `actor` take `action` on `object`? */
export function can<A extends Action>(actor: Actor, action: A, object: ObjectOf<A>): boolean {
  const entry = rules[action] as unknown as Rule<PolicyObjectKind>;
  if (entry.on !== object.kind) throw new Error(`policy: ${action} is asked of a ${entry.on}, not a ${object.kind}`);
  return entry.rule(actor, object);
}

/** Can the actor see the project at all? Not seeing it, a non-member is answered 404, not 403. */
export function canSeeProject(actor: Actor, role: ProjectRole | null): boolean {
  return can(actor, "project:read", { kind: "project", role });
}
