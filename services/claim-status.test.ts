import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { claimStatuses, type ClaimStatus } from "@/lib/claims/types";
import { AppError } from "@/lib/errors";
import type { SessionActor } from "./support/actor";
import { addProjectMember } from "./add-project-member";
import { editClaim } from "./edit-claim";
import { getClaim } from "./get-claim";
import { getClaimHistory } from "./get-claim-history";
import { desk, mark, quote, rate, rejection, resolve, type Desk } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TEXT = "The minister said the treaty binds neither side to defend the other.";
const CLAIM = quote("binds neither side to defend the other");

type Role = "viewer" | "reviewer" | "editor" | "admin";
const roles: Role[] = ["viewer", "reviewer", "editor", "admin"];
const who = (d: Desk, role: Role): SessionActor =>
  ({ viewer: d.viewer, reviewer: d.bob, editor: d.editor, admin: d.admin })[role];

/**
 * A claim in `status`: open as marked; resolved after a verdict and a resolution; in review
 * after the same and an editor moving it back by hand, so that it has a resolution to be
 * resolved again with.
 */
function claimIn(d: Desk, status: ClaimStatus): string {
  const claim = mark(d.alice, d.documentId, CLAIM);
  if (status === "open") return claim.id;
  rate(d.alice, claim.id, "mixed");
  resolve(d.editor, claim.id, "mixed");
  if (status === "resolved") return claim.id;
  editClaim(d.editor, claim.id, { status: "in-review" }, getClaim(d.editor, claim.id).version);
  return claim.id;
}

type Outcome = "moved" | "forbidden" | "invalid" | "stays";

async function outcomeOf(fn: () => unknown, claimId: string, d: Desk, before: ClaimStatus, to: ClaimStatus) {
  try {
    await fn();
  } catch (error) {
    if (error instanceof AppError && (error.code === "forbidden" || error.code === "invalid")) {
      expect(getClaim(d.editor, claimId).status, "a refused move leaves the status").toBe(before);
      return error.code;
    }
    throw error;
  }
  const now = getClaim(d.editor, claimId).status;
  if (now === to && to !== before) return "moved";
  expect(now).toBe(before);
  return "stays";
}

describe("a claim's status, moved by hand (editing the claim)", () => {
  // Every move, written out, for each role: only an editor (or an admin) moves a status by
  // hand, and resolved only when the claim has a resolution.
  const expected: Record<`${ClaimStatus}→${ClaimStatus}`, Record<Role, Outcome>> = {
    "open→in-review": { viewer: "forbidden", reviewer: "forbidden", editor: "moved", admin: "moved" },
    "open→resolved": { viewer: "forbidden", reviewer: "forbidden", editor: "invalid", admin: "invalid" },
    "in-review→open": { viewer: "forbidden", reviewer: "forbidden", editor: "moved", admin: "moved" },
    "in-review→resolved": { viewer: "forbidden", reviewer: "forbidden", editor: "moved", admin: "moved" },
    "resolved→open": { viewer: "forbidden", reviewer: "forbidden", editor: "moved", admin: "moved" },
    "resolved→in-review": { viewer: "forbidden", reviewer: "forbidden", editor: "moved", admin: "moved" },
    "open→open": { viewer: "forbidden", reviewer: "stays", editor: "stays", admin: "stays" },
    "in-review→in-review": { viewer: "forbidden", reviewer: "stays", editor: "stays", admin: "stays" },
    "resolved→resolved": { viewer: "forbidden", reviewer: "stays", editor: "stays", admin: "stays" },
  };
  for (const from of claimStatuses)
    for (const to of claimStatuses)
      for (const role of roles) {
        const outcome = expected[`${from}→${to}`][role];
        it(`${from} → ${to} by a ${role}: ${outcome}`, async () => {
          const d = await desk(TEXT);
          const claimId = claimIn(d, from);
          const { version } = getClaim(d.editor, claimId);
          expect(
            await outcomeOf(() => editClaim(who(d, role), claimId, { status: to }, version), claimId, d, from, to),
          ).toBe(outcome);
        });
      }

  it("tells a reviewer why: verdicts and resolutions move the status", async () => {
    const d = await desk(TEXT);
    const claimId = claimIn(d, "resolved");
    const error = await rejection(() =>
      editClaim(d.bob, claimId, { status: "in-review" }, getClaim(d.bob, claimId).version),
    );
    expect(error.message).toMatch(/Only an editor moves a claim's status by hand/);
  });

  it("a reviewer edits the wording of a resolved claim without moving it", async () => {
    const d = await desk(TEXT);
    const claimId = claimIn(d, "resolved");
    const edited = editClaim(d.bob, claimId, { claimText: "No defence pact." }, getClaim(d.bob, claimId).version);
    expect(edited).toMatchObject({ claimText: "No defence pact.", status: "resolved" });
    expect(edited.permissions).toMatchObject({ edit: true, setStatus: false, assign: false });
    expect(getClaim(d.editor, claimId).permissions).toMatchObject({ setStatus: true, assign: true });
  });
});

describe("a claim's status, moved by a verdict", () => {
  // A verdict moves only an open claim (in review); a resolved one stays resolved, flagged when
  // the verdict disagrees with the resolution. A viewer gives no verdict.
  const expected: Record<ClaimStatus, Record<Role, Outcome>> = {
    open: { viewer: "forbidden", reviewer: "moved", editor: "moved", admin: "moved" },
    "in-review": { viewer: "forbidden", reviewer: "stays", editor: "stays", admin: "stays" },
    resolved: { viewer: "forbidden", reviewer: "stays", editor: "stays", admin: "stays" },
  };
  for (const from of claimStatuses)
    for (const role of roles) {
      const outcome = expected[from][role];
      it(`a ${role}'s verdict on a claim ${from}: ${outcome}`, async () => {
        const d = await desk(TEXT);
        const claimId = claimIn(d, from);
        expect(await outcomeOf(() => rate(who(d, role), claimId, "false"), claimId, d, from, "in-review")).toBe(
          outcome,
        );
        if (from === "resolved" && outcome === "stays") expect(getClaim(d.editor, claimId).isFlagged).toBe(true);
      });
    }

  it("a verdict that agrees with the resolution raises no flag; one that disagrees does, once", async () => {
    const d = await desk(TEXT);
    const claimId = claimIn(d, "resolved");
    const agreed = rate(d.bob, claimId, "mixed");
    expect(agreed).toMatchObject({
      status: "resolved",
      isFlagged: false,
      version: getClaim(d.editor, claimId).version,
    });
    rate(d.bob, claimId, "false");
    const flaggedVersion = getClaim(d.editor, claimId).version;
    rate(d.bob, claimId, "mostly-false");
    expect(getClaim(d.editor, claimId)).toMatchObject({ isFlagged: true, version: flaggedVersion });
    expect(getClaimHistory(d.editor, claimId)[1]?.summary).toBe(
      "Bob's verdict disagrees with the resolution: it is flagged for an editor",
    );
  });

  it("the flag is withheld, with the ratings, from a blind reviewer who has not rated", async () => {
    const d = await desk(TEXT);
    const claimId = claimIn(d, "resolved");
    rate(d.bob, claimId, "false");
    expect(getClaim(d.editor, claimId).isFlagged).toBe(true);
    expect(getClaim(d.viewer, claimId).isFlagged).toBe(true);
    addProjectMember(d.editor, d.projectId, { userId: d.outsider.userId, role: "reviewer" });
    expect(getClaim(d.outsider, claimId)).toMatchObject({ isFlagged: false, resolution: null, verdictsHidden: true });
    expect(rate(d.outsider, claimId, "mixed")).toMatchObject({ isFlagged: true, status: "resolved" });
  });
});

describe("a claim's status, moved by a resolution", () => {
  const expected: Record<ClaimStatus, Record<Role, Outcome>> = {
    open: { viewer: "forbidden", reviewer: "forbidden", editor: "moved", admin: "moved" },
    "in-review": { viewer: "forbidden", reviewer: "forbidden", editor: "moved", admin: "moved" },
    resolved: { viewer: "forbidden", reviewer: "forbidden", editor: "stays", admin: "stays" },
  };
  for (const from of claimStatuses)
    for (const role of roles) {
      const outcome = expected[from][role];
      it(`a ${role}'s resolution of a claim ${from}: ${outcome}`, async () => {
        const d = await desk(TEXT);
        const claimId = claimIn(d, from);
        expect(await outcomeOf(() => resolve(who(d, role), claimId, "false"), claimId, d, from, "resolved")).toBe(
          outcome,
        );
      });
    }
});
