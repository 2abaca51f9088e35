import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  can,
  rules,
  type Action,
  type Actor,
  type PolicyObject,
  type PolicyObjectKind,
  type ProjectRole,
} from "./policy";

/**
 * The README's role table is the policy in words: this test reads it and asks the policy the
 * same questions, so that the two cannot drift apart.
 */
const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Roles and permissions"));
const rows = section
  .split("\n")
  .filter((line) => line.startsWith("| `"))
  .map((line) =>
    line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

const columns = ["viewer", "reviewer", "editor", "admin"] as const;
type Column = (typeof columns)[number];

/**
 * Three situations, from least to most the actor's own: (A) someone else's object, already
 * worked on by others; (B) the actor's own, worked on by others (or, for blind review, rated by
 * the actor); (C) the actor's own, untouched.
 */
type Situation = "A" | "B" | "C";
const expected: Record<string, Record<Situation, boolean>> = {
  "✓": { A: true, B: true, C: true },
  "—": { A: false, B: false, C: false },
  own: { A: false, B: true, C: true },
  other: { A: true, B: false, C: false },
  "after rating": { A: false, B: true, C: true },
  "own, untouched": { A: false, B: false, C: true },
  "by a first verdict": { A: false, B: true, C: true },
};

function objectFor(kind: PolicyObjectKind, role: ProjectRole | null, me: string, situation: Situation): PolicyObject {
  const owner = situation === "A" ? "someone-else" : me;
  switch (kind) {
    case "instance":
      return { kind };
    case "account":
      return { kind, userId: owner };
    case "project":
      return { kind, role };
    case "claim":
      return { kind, role, createdBy: owner, hasOthersWork: situation !== "C" };
    case "comment":
      return { kind, role, authorId: owner };
    case "verdicts":
      return { kind, role, isBlindReview: true, hasOwnVerdict: situation !== "A" };
    // (A) a resolved claim moved back in review by hand; (B, C) an open one moved in review by a verdict.
    case "status-change":
      return situation === "A"
        ? { kind, role, from: "resolved", to: "in-review", cause: "edit" }
        : { kind, role, from: "open", to: "in-review", cause: "verdict" };
  }
}

describe("the README's role table", () => {
  it("lists every action of the policy once", () => {
    const actions = rows.map((r) => r[0]!.replaceAll("`", ""));
    expect(actions.sort()).toEqual(Object.keys(rules).sort());
  });

  for (const row of rows) {
    const action = row[0]!.replaceAll("`", "") as Action;
    columns.forEach((column: Column, i) => {
      const cell = row[i + 2]!;
      it(`${action}: ${column} is “${cell}”`, () => {
        const answers = expected[cell];
        expect(answers, `unknown cell “${cell}”`).toBeDefined();
        const actor: Actor =
          column === "admin" ? { userId: "admin", instanceRole: "admin" } : { userId: "me", instanceRole: "member" };
        const role = column === "admin" ? null : column;
        for (const situation of ["A", "B", "C"] as const) {
          const object = objectFor(rules[action].on, role, actor.userId, situation);
          expect(can(actor, action, object as never), `situation ${situation}`).toBe(answers![situation]);
        }
      });
    });
  }
});
