import { describe, expect, it } from "vitest";
import {
  can,
  canSeeProject,
  claimStatuses,
  projectRoles,
  rules,
  statusCauses,
  type Action,
  type Actor,
  type ClaimStatus,
  type PolicyObject,
  type ProjectRole,
  type StatusCause,
} from "./policy";

const me: Actor = { userId: "me", instanceRole: "member" };
const admin: Actor = { userId: "root", instanceRole: "admin" };

type Who = ProjectRole | "none";
const everyone: Who[] = ["none", ...projectRoles];
const roleOf = (who: Who): ProjectRole | null => (who === "none" ? null : who);

/**
 * The situations each action is asked about, with the expected answer for a member in each
 * project role ("none": not a member). Written out in full, so that any change to the policy
 * shows up here as a deliberate edit; the README's role table says the same.
 */
type Case = {
  situation: string;
  object: (role: ProjectRole | null) => PolicyObject;
  expect: Record<Who, boolean>;
  /** What an instance admin who is not the object's owner gets: everything, unless said here. */
  admin?: boolean;
};

const only = (...allowed: Who[]): Record<Who, boolean> =>
  Object.fromEntries(everyone.map((w) => [w, allowed.includes(w)])) as Record<Who, boolean>;
const viewers = only("viewer", "reviewer", "editor");
const reviewers = only("reviewer", "editor");
const editors = only("editor");
const nobody = only();
const all = only("none", "viewer", "reviewer", "editor");

const inProject = (role: ProjectRole | null): PolicyObject => ({ kind: "project", role });
const claim =
  (createdBy: string, hasOthersWork: boolean) =>
  (role: ProjectRole | null): PolicyObject => ({ kind: "claim", role, createdBy, hasOthersWork });
const comment =
  (authorId: string) =>
  (role: ProjectRole | null): PolicyObject => ({ kind: "comment", role, authorId });
const statusChange =
  (from: ClaimStatus, to: ClaimStatus, cause: StatusCause) =>
  (role: ProjectRole | null): PolicyObject => ({ kind: "status-change", role, from, to, cause });

/**
 * Every move of a claim's status, by every cause, written out: a first verdict moves an open
 * claim in review; a resolution resolves; only an editor moves it by hand; nothing else moves it,
 * an admin included (a verdict on a resolved claim flags it instead). Staying put is no move.
 */
const transitions: [ClaimStatus, ClaimStatus, StatusCause, Record<Who, boolean>][] = [
  ["open", "in-review", "verdict", reviewers],
  ["open", "resolved", "verdict", nobody],
  ["in-review", "open", "verdict", nobody],
  ["in-review", "resolved", "verdict", nobody],
  ["resolved", "open", "verdict", nobody],
  ["resolved", "in-review", "verdict", nobody],
  ["open", "in-review", "resolution", nobody],
  ["open", "resolved", "resolution", editors],
  ["in-review", "open", "resolution", nobody],
  ["in-review", "resolved", "resolution", editors],
  ["resolved", "open", "resolution", nobody],
  ["resolved", "in-review", "resolution", nobody],
  ["open", "in-review", "edit", editors],
  ["open", "resolved", "edit", editors],
  ["in-review", "open", "edit", editors],
  ["in-review", "resolved", "edit", editors],
  ["resolved", "open", "edit", editors],
  ["resolved", "in-review", "edit", editors],
  ...claimStatuses.flatMap((status) =>
    statusCauses.map((cause): [ClaimStatus, ClaimStatus, StatusCause, Record<Who, boolean>] => [
      status,
      status,
      cause,
      nobody,
    ]),
  ),
];

const verdicts =
  (isBlindReview: boolean, hasOwnVerdict: boolean) =>
  (role: ProjectRole | null): PolicyObject => ({
    kind: "verdicts",
    role,
    isBlindReview,
    hasOwnVerdict,
  });

const ownAccount = (): PolicyObject => ({ kind: "account", userId: "me" });
const othersAccount = (): PolicyObject => ({ kind: "account", userId: "other" });
const adminsAccount = (): PolicyObject => ({ kind: "account", userId: admin.userId });

const matrix: Record<Action, Case[]> = {
  "project:create": [{ situation: "", object: () => ({ kind: "instance" }), expect: all }],
  "user:create": [{ situation: "", object: () => ({ kind: "instance" }), expect: nobody }],
  "user:list": [{ situation: "", object: () => ({ kind: "instance" }), expect: nobody }],
  "project:list-all": [{ situation: "", object: () => ({ kind: "instance" }), expect: nobody }],
  "project:restore-as-authors": [{ situation: "", object: () => ({ kind: "instance" }), expect: nobody }],
  "account:read": [
    { situation: "their own", object: () => ({ kind: "account", userId: "me" }), expect: all },
    { situation: "someone else's", object: () => ({ kind: "account", userId: "other" }), expect: nobody },
  ],
  "account:change-password": [
    { situation: "their own", object: ownAccount, expect: all, admin: false },
    { situation: "someone else's", object: othersAccount, expect: nobody, admin: false },
  ],
  "token:create": [
    { situation: "their own", object: ownAccount, expect: all, admin: false },
    { situation: "someone else's", object: othersAccount, expect: nobody, admin: false },
  ],
  "token:list": [
    { situation: "their own", object: ownAccount, expect: all, admin: false },
    { situation: "someone else's", object: othersAccount, expect: nobody, admin: false },
  ],
  "token:revoke": [
    { situation: "their own", object: ownAccount, expect: all, admin: false },
    { situation: "someone else's", object: othersAccount, expect: nobody, admin: false },
  ],
  "user:reset-password": [
    { situation: "someone else's", object: othersAccount, expect: nobody },
    // An admin cannot lock themselves out, nor reset their own password past its check.
    { situation: "the admin's own", object: adminsAccount, expect: nobody, admin: false },
  ],
  "user:disable": [
    { situation: "someone else's", object: othersAccount, expect: nobody },
    // An admin cannot lock themselves out, nor reset their own password past its check.
    { situation: "the admin's own", object: adminsAccount, expect: nobody, admin: false },
  ],
  "user:clear-throttle": [
    { situation: "someone else's", object: othersAccount, expect: nobody },
    { situation: "the admin's own", object: adminsAccount, expect: nobody },
  ],
  "project:read": [{ situation: "", object: inProject, expect: viewers }],
  "project:edit": [{ situation: "", object: inProject, expect: editors }],
  "member:manage": [{ situation: "", object: inProject, expect: editors }],
  "document:create": [{ situation: "", object: inProject, expect: editors }],
  "document:edit": [{ situation: "", object: inProject, expect: editors }],
  "claim:create": [{ situation: "", object: inProject, expect: reviewers }],
  "verdict:give": [{ situation: "", object: inProject, expect: reviewers }],
  "resolution:give": [{ situation: "", object: inProject, expect: editors }],
  "claim:assign": [{ situation: "", object: inProject, expect: editors }],
  "claim:reattach": [{ situation: "", object: inProject, expect: reviewers }],
  "claim:set-status": transitions.map(([from, to, cause, expect]) => ({
    situation: `${from} → ${to} by ${cause}`,
    object: statusChange(from, to, cause),
    expect,
    admin: Object.values(expect).some(Boolean),
  })),
  "source:cite": [{ situation: "", object: inProject, expect: reviewers }],
  "comment:add": [{ situation: "", object: inProject, expect: reviewers }],
  "annotations:import": [{ situation: "", object: inProject, expect: reviewers }],
  "suggestion:dismiss": [{ situation: "", object: inProject, expect: reviewers }],
  "claim:edit": [
    { situation: "they marked", object: claim("me", false), expect: reviewers },
    { situation: "someone else marked", object: claim("other", true), expect: reviewers },
  ],
  "claim:delete": [
    { situation: "they marked, nobody else has touched", object: claim("me", false), expect: reviewers },
    { situation: "they marked, others have worked on", object: claim("me", true), expect: editors },
    { situation: "someone else marked", object: claim("other", false), expect: editors },
  ],
  "comment:edit": [
    { situation: "they wrote", object: comment("me"), expect: reviewers, admin: false },
    // Nobody, an admin included, may put words in another person's mouth.
    { situation: "someone else wrote", object: comment("other"), expect: nobody, admin: false },
  ],
  "comment:delete": [
    { situation: "they wrote", object: comment("me"), expect: reviewers },
    { situation: "someone else wrote", object: comment("other"), expect: editors },
  ],
  "verdicts:see-others": [
    {
      situation: "under blind review, before rating",
      object: verdicts(true, false),
      expect: only("none", "viewer", "editor"),
    },
    { situation: "under blind review, after rating", object: verdicts(true, true), expect: all },
    { situation: "without blind review", object: verdicts(false, false), expect: all },
  ],
};

describe("the policy, role by action", () => {
  it("the matrix covers every action of the policy, and nothing else", () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(rules).sort());
  });

  for (const [action, cases] of Object.entries(matrix) as [Action, Case[]][]) {
    for (const { situation, object, expect: answers, admin: adminAnswer = true } of cases) {
      const what = situation ? `${action} (${situation})` : action;
      for (const who of everyone) {
        const allowed = answers[who];
        it(`${who === "none" ? "a non-member" : `a ${who}`} ${allowed ? "may" : "may not"} ${what}`, () => {
          expect(can(me, action, object(roleOf(who)) as never)).toBe(allowed);
        });
      }
      it(`an instance admin ${adminAnswer ? "may" : "may not"} ${what}, member or not`, () => {
        expect(can(admin, action, object(null) as never)).toBe(adminAnswer);
        expect(can(admin, action, object("viewer") as never)).toBe(adminAnswer);
      });
    }
  }

  it("roles are cumulative: whatever a lower role may do, a higher one may too", () => {
    for (const [action, cases] of Object.entries(matrix) as [Action, Case[]][]) {
      for (const { object } of cases) {
        for (let i = 0; i < projectRoles.length - 1; i++) {
          const lower = projectRoles[i]!;
          const higher = projectRoles[i + 1]!;
          // Blind review is the one deliberate exception: a reviewer sees less than a viewer.
          if (action === "verdicts:see-others" && lower === "viewer") continue;
          if (can(me, action, object(lower) as never))
            expect(can(me, action, object(higher) as never), `${action}: ${higher} ⊇ ${lower}`).toBe(true);
        }
      }
    }
  });

  it("walks every status move by every cause, and nothing else", () => {
    const moves = new Set(transitions.map(([from, to, cause]) => `${from}>${to}>${cause}`));
    expect(moves.size).toBe(claimStatuses.length ** 2 * statusCauses.length);
    expect(transitions).toHaveLength(moves.size);
  });

  it("a reviewer can never move a resolved claim back, whatever the cause", () => {
    for (const to of ["open", "in-review"] as const)
      for (const cause of statusCauses)
        expect(
          can(me, "claim:set-status", { kind: "status-change", role: "reviewer", from: "resolved", to, cause }),
        ).toBe(false);
  });

  it("refuses to answer about the wrong kind of object, rather than guess", () => {
    expect(() => can(me, "claim:delete", { kind: "project", role: "editor" } as never)).toThrow(/claim/);
  });

  it("a non-member cannot see the project; a member of any role and an admin can", () => {
    expect(canSeeProject(me, null)).toBe(false);
    for (const role of projectRoles) expect(canSeeProject(me, role)).toBe(true);
    expect(canSeeProject(admin, null)).toBe(true);
  });
});
