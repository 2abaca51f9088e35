import { describe, expect, it } from "vitest";
import {
  canInProject,
  canOnInstance,
  canSeeOthersVerdicts,
  canSeeProject,
  instanceActions,
  projectActionRoles,
  type Actor,
  type ProjectAction,
  type ProjectRole,
} from "./policy";

const member: Actor = { userId: "u1", instanceRole: "member" };
const admin: Actor = { userId: "a1", instanceRole: "admin" };

// The expected answer for every role against every action, written out in full so that a
// change to the policy shows up here as a deliberate edit.
const expected: Record<ProjectAction, Record<ProjectRole | "none", boolean>> = {
  "project:read": { viewer: true, reviewer: true, editor: true, none: false },
  "document:read": { viewer: true, reviewer: true, editor: true, none: false },
  "claim:read": { viewer: true, reviewer: true, editor: true, none: false },
  "report:export": { viewer: true, reviewer: true, editor: true, none: false },
  "stats:read": { viewer: true, reviewer: true, editor: true, none: false },
  "claim:create": { viewer: false, reviewer: true, editor: true, none: false },
  "claim:edit": { viewer: false, reviewer: true, editor: true, none: false },
  "verdict:give": { viewer: false, reviewer: true, editor: true, none: false },
  "source:add": { viewer: false, reviewer: true, editor: true, none: false },
  "source:edit": { viewer: false, reviewer: true, editor: true, none: false },
  "comment:add": { viewer: false, reviewer: true, editor: true, none: false },
  "annotations:import": { viewer: false, reviewer: true, editor: true, none: false },
  "claim:delete": { viewer: false, reviewer: false, editor: true, none: false },
  "resolution:give": { viewer: false, reviewer: false, editor: true, none: false },
  "document:create": { viewer: false, reviewer: false, editor: true, none: false },
  "document:edit": { viewer: false, reviewer: false, editor: true, none: false },
  "project:edit": { viewer: false, reviewer: false, editor: true, none: false },
  "member:manage": { viewer: false, reviewer: false, editor: true, none: false },
};

describe("project policy", () => {
  it("covers every action the policy names", () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(projectActionRoles).sort());
  });

  for (const [action, byRole] of Object.entries(expected) as [ProjectAction, Record<ProjectRole | "none", boolean>][]) {
    for (const [role, allowed] of Object.entries(byRole) as [ProjectRole | "none", boolean][]) {
      it(`${role === "none" ? "a non-member" : `a ${role}`} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(canInProject(member, role === "none" ? null : role, action)).toBe(allowed);
      });
    }
    it(`an instance admin may ${action} in any project, member or not`, () => {
      expect(canInProject(admin, null, action)).toBe(true);
      expect(canInProject(admin, "viewer", action)).toBe(true);
    });
  }

  it("roles are cumulative: whatever a lower role may do, a higher one may too", () => {
    const order: ProjectRole[] = ["viewer", "reviewer", "editor"];
    for (const action of Object.keys(projectActionRoles) as ProjectAction[]) {
      for (let i = 0; i < order.length - 1; i++) {
        if (canInProject(member, order[i]!, action)) expect(canInProject(member, order[i + 1]!, action)).toBe(true);
      }
    }
  });

  it("a non-member cannot see the project; a member of any role and an admin can", () => {
    expect(canSeeProject(member, null)).toBe(false);
    for (const role of ["viewer", "reviewer", "editor"] as const) expect(canSeeProject(member, role)).toBe(true);
    expect(canSeeProject(admin, null)).toBe(true);
  });
});

describe("instance policy", () => {
  it("only an admin may create or list accounts; anyone signed in may create a project", () => {
    for (const action of instanceActions) expect(canOnInstance(admin, action)).toBe(true);
    expect(canOnInstance(member, "user:create")).toBe(false);
    expect(canOnInstance(member, "user:list")).toBe(false);
    expect(canOnInstance(member, "project:create")).toBe(true);
  });
});

describe("blind review", () => {
  const blind = { isBlindReview: true, hasOwnVerdict: false };
  it("hides other reviewers' verdicts from a reviewer until they give their own", () => {
    expect(canSeeOthersVerdicts(member, "reviewer", blind)).toBe(false);
    expect(canSeeOthersVerdicts(member, "reviewer", { ...blind, hasOwnVerdict: true })).toBe(true);
  });
  it("shows every verdict to editors, viewers and admins, and to everyone when blind review is off", () => {
    expect(canSeeOthersVerdicts(member, "editor", blind)).toBe(true);
    expect(canSeeOthersVerdicts(member, "viewer", blind)).toBe(true);
    expect(canSeeOthersVerdicts(admin, null, blind)).toBe(true);
    expect(canSeeOthersVerdicts(member, "reviewer", { isBlindReview: false, hasOwnVerdict: false })).toBe(true);
  });
});
