import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import type { ClaimPermissions, ClaimView, CommentPermissions, CommentView } from "@/lib/claims/types";
import { AppError } from "@/lib/errors";
import {
  addSourceSchema,
  commentSchema,
  resolutionSchema,
  updateClaimSourceSchema,
  verdictSchema,
} from "@/lib/validation/claims";
import type { SessionActor } from "./support/actor";
import { addComment } from "./add-comment";
import { addProjectMember } from "./add-project-member";
import { citeSource } from "./cite-source";
import { deleteClaim } from "./delete-claim";
import { deleteComment } from "./delete-comment";
import { editCitation } from "./edit-citation";
import { editClaim } from "./edit-claim";
import { editComment } from "./edit-comment";
import { getClaim } from "./get-claim";
import { getComment } from "./get-comment";
import { giveVerdict } from "./give-verdict";
import { listClaimComments } from "./list-claim-comments";
import { listDocumentClaims } from "./list-document-claims";
import { removeCitation } from "./remove-citation";
import { reattachClaim } from "./reattach-claim";
import { resolveClaim } from "./resolve-claim";
import { desk, mark, quote, rate, rejection, resolve, type Desk } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TEXT =
  "The minister said the treaty binds neither side to defend the other. Officials added there is no definitive evidence of missile transfers.";
const CLAIM = quote("binds neither side to defend the other");
const OTHER_CLAIM = quote("no definitive evidence of missile transfers");

function comment(actor: SessionActor, claimId: string, body = "Who is the minister?") {
  return addComment(actor, claimId, commentSchema.parse({ body }));
}

function cite(actor: SessionActor, claimId: string, url = "https://example.org/treaty.pdf") {
  return citeSource(
    actor,
    claimId,
    addSourceSchema.parse({ url, kind: "primary-document", stance: "supports", title: "Treaty text" }),
  );
}

describe("deleting a comment", () => {
  it("its author deletes it: it leaves the discussion and is no longer found", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, CLAIM);
    const mine = comment(d.alice, claim.id);
    const bobs = comment(d.bob, claim.id, "Lavrov.");

    deleteComment(d.alice, mine.id, mine.version);
    expect(listClaimComments(d.editor, claim.id).map((c) => c.id)).toEqual([bobs.id]);
    expect(getClaim(d.editor, claim.id).commentCount).toBe(1);
    expect((await rejection(() => getComment(d.alice, mine.id))).code).toBe("not-found");
    expect((await rejection(() => deleteComment(d.alice, mine.id, mine.version))).code).toBe("not-found");
  });

  it("an editor deletes another's comment; another reviewer and a viewer are refused and it stays", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, CLAIM);
    const alices = comment(d.alice, claim.id);

    for (const who of [d.bob, d.viewer]) {
      expect((await rejection(() => deleteComment(who, alices.id, alices.version))).code).toBe("forbidden");
    }
    expect(getComment(d.alice, alices.id)).toEqual(alices);

    deleteComment(d.editor, alices.id, alices.version);
    expect(listClaimComments(d.alice, claim.id)).toEqual([]);
  });

  it("needs the comment's current version: none is precondition-required, an old one stale-version, and nothing is deleted", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, CLAIM);
    const first = comment(d.alice, claim.id);
    const edited = editComment(d.alice, first.id, "Who is the minister quoted?", first.version);

    expect((await rejection(() => deleteComment(d.alice, first.id, undefined))).code).toBe("precondition-required");
    expect((await rejection(() => deleteComment(d.alice, first.id, first.version))).code).toBe("stale-version");
    expect((await rejection(() => deleteComment(d.editor, first.id, first.version))).code).toBe("stale-version");
    expect(listClaimComments(d.alice, claim.id)).toEqual([edited]);
    expect(getClaim(d.alice, claim.id).commentCount).toBe(1);
  });
});

describe("removing a citation", () => {
  it("takes the source off the claim and keeps it in the project for another claim citing it", async () => {
    const d = await desk(TEXT);
    const one = mark(d.alice, d.documentId, CLAIM);
    const two = mark(d.alice, d.documentId, OTHER_CLAIM);
    const onOne = cite(d.alice, one.id).source;
    const onTwo = cite(d.bob, two.id).source;
    expect(onTwo.sourceId).toBe(onOne.sourceId);

    const after = removeCitation(d.bob, one.id, onOne.id, onOne.version);
    expect(after.sources).toEqual([]);
    expect(getClaim(d.editor, one.id).sources).toEqual([]);
    expect(getClaim(d.editor, two.id).sources).toEqual([onTwo]);
    // Cited again, the URL finds the same source: it was never removed from the project.
    expect(cite(d.alice, one.id).source.sourceId).toBe(onOne.sourceId);
  });

  it("needs the citation's current version: none is precondition-required, an old one stale-version, and it remains", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, CLAIM);
    const cited = cite(d.alice, claim.id).source;
    const edited = editCitation(
      d.alice,
      claim.id,
      cited.id,
      updateClaimSourceSchema.parse({ stance: "context" }),
      cited.version,
    ).source;

    expect((await rejection(() => removeCitation(d.alice, claim.id, cited.id, undefined))).code).toBe(
      "precondition-required",
    );
    expect((await rejection(() => removeCitation(d.alice, claim.id, cited.id, cited.version))).code).toBe(
      "stale-version",
    );
    expect(getClaim(d.alice, claim.id).sources).toEqual([edited]);
  });

  it("a viewer cannot remove a citation, and an outsider does not find the claim", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, CLAIM);
    const cited = cite(d.alice, claim.id).source;

    expect((await rejection(() => removeCitation(d.viewer, claim.id, cited.id, cited.version))).code).toBe("forbidden");
    expect((await rejection(() => removeCitation(d.outsider, claim.id, cited.id, cited.version))).code).toBe(
      "not-found",
    );
    expect(getClaim(d.alice, claim.id).sources).toEqual([cited]);
  });
});

describe("deleting a claim", () => {
  it("a reviewer deletes a claim they marked while only they have worked on it", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, CLAIM);
    rate(d.alice, claim.id, "mostly-true");
    comment(d.alice, claim.id, "A note to myself.");
    const view = getClaim(d.alice, claim.id);
    expect(view.permissions.delete).toBe(true);

    deleteClaim(d.alice, claim.id, view.version);
    expect((await rejection(() => getClaim(d.editor, claim.id))).code).toBe("not-found");
  });

  const othersWork: [string, (d: Desk, claimId: string) => unknown][] = [
    ["another reviewer rated it", (d, id) => rate(d.bob, id, "false")],
    ["another reviewer commented on it", (d, id) => comment(d.bob, id, "I disagree.")],
    ["an editor resolved it", (d, id) => resolve(d.editor, id, "mostly-true")],
  ];

  it.each(othersWork)("once %s, its author may no longer delete it, and an editor still may", async (_, work) => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, CLAIM);
    work(d, claim.id);

    const authorsView = getClaim(d.alice, claim.id);
    expect(authorsView.permissions.delete).toBe(false);
    expect((await rejection(() => deleteClaim(d.alice, claim.id, authorsView.version))).code).toBe("forbidden");
    expect(getClaim(d.alice, claim.id).id).toBe(claim.id);

    const editorsView = getClaim(d.editor, claim.id);
    expect(editorsView.permissions.delete).toBe(true);
    deleteClaim(d.editor, claim.id, editorsView.version);
    expect(listDocumentClaims(d.editor, d.documentId)).toEqual([]);
  });

  it("a reviewer cannot delete another reviewer's claim, even untouched", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, CLAIM);
    expect(getClaim(d.bob, claim.id).permissions.delete).toBe(false);
    expect((await rejection(() => deleteClaim(d.bob, claim.id, claim.version))).code).toBe("forbidden");
    expect(getClaim(d.alice, claim.id).id).toBe(claim.id);
  });
});

describe("editing a comment", () => {
  it("its author edits it; an editor and an instance admin may not edit another's words", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, CLAIM);
    const alices = comment(d.alice, claim.id);

    for (const who of [d.editor, d.admin]) {
      expect(getComment(who, alices.id).permissions.edit).toBe(false);
      expect((await rejection(() => editComment(who, alices.id, "Put in her mouth.", alices.version))).code).toBe(
        "forbidden",
      );
    }
    expect(getComment(d.alice, alices.id).body).toBe("Who is the minister?");

    const edited = editComment(d.alice, alices.id, "Who is the minister quoted?", alices.version);
    expect(edited).toMatchObject({ body: "Who is the minister quoted?", version: alices.version + 1 });
  });
});

/** Did the service go through (true) or refuse as forbidden (false)? Any other failure fails the test. */
async function isAllowed(fn: () => unknown): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") return false;
    throw error;
  }
}

/** A reviewer of the desk of the test running, to assign claims to. */
let assignable = "";

/** The service call each permission of a claim answers for; a new key fails to compile until it is added here. */
const claimCalls: Record<keyof ClaimPermissions, (actor: SessionActor, claim: ClaimView) => unknown> = {
  edit: (actor, claim) => editClaim(actor, claim.id, { claimant: "The minister" }, claim.version),
  delete: (actor, claim) => deleteClaim(actor, claim.id, claim.version),
  rate: (actor, claim) => giveVerdict(actor, claim.id, verdictSchema.parse({ rating: "mixed" }), undefined),
  resolve: (actor, claim) =>
    resolveClaim(actor, claim.id, resolutionSchema.parse({ rating: "mixed", rationale: "Final." }), undefined),
  cite: (actor, claim) => cite(actor, claim.id, "https://example.org/evidence"),
  comment: (actor, claim) => comment(actor, claim.id, "A question."),
  // To a reviewer of the desk, whoever is reading.
  assign: (actor, claim) =>
    editClaim(actor, claim.id, { assigneeId: claim.assigneeId === null ? assignable : null }, claim.version),
  setStatus: (actor, claim) =>
    editClaim(actor, claim.id, { status: claim.status === "open" ? "in-review" : "open" }, claim.version),
  reattach: (actor, claim) => reattachClaim(actor, claim.id, { orphan: true }, claim.version),
};

const commentCalls: Record<keyof CommentPermissions, (actor: SessionActor, comment: CommentView) => unknown> = {
  edit: (actor, c) => editComment(actor, c.id, "Reworded.", c.version),
  delete: (actor, c) => deleteComment(actor, c.id, c.version),
};

/**
 * A reader of the project. `author` runs what the reader writes themself (their own claim or
 * comment); null for a reader who never could.
 */
type Reader = { actor: SessionActor; author: (<T>(write: () => T) => T) | null };

const asThemself = <T>(write: () => T): T => write();

const readers: [string, (d: Desk) => Reader][] = [
  ["a viewer", (d) => ({ actor: d.viewer, author: null })],
  ["a reviewer", (d) => ({ actor: d.bob, author: asThemself })],
  ["an editor", (d) => ({ actor: d.editor, author: asThemself })],
  ["an instance admin who is not a member", (d) => ({ actor: d.admin, author: asThemself })],
  [
    "a reviewer since made a viewer",
    (d) => {
      const setRole = (role: "reviewer" | "viewer") =>
        addProjectMember(d.editor, d.projectId, { userId: d.outsider.userId, role });
      setRole("viewer");
      return {
        actor: d.outsider,
        author: <T>(write: () => T): T => {
          setRole("reviewer");
          const written = write();
          setRole("viewer");
          return written;
        },
      };
    },
  ],
];

type ClaimSituation = { name: string; build: (d: Desk, reader: Reader) => string | null };
const claimSituations: ClaimSituation[] = [
  { name: "another's claim", build: (d) => mark(d.alice, d.documentId, CLAIM).id },
  { name: "own untouched claim", build: (d, r) => r.author?.(() => mark(r.actor, d.documentId, CLAIM).id) ?? null },
  {
    name: "own claim rated by another",
    build: (d, r) => {
      const id = r.author?.(() => mark(r.actor, d.documentId, CLAIM).id);
      if (!id) return null;
      rate(d.alice, id, "false");
      return id;
    },
  },
  {
    name: "own claim discussed by another",
    build: (d, r) => {
      const id = r.author?.(() => mark(r.actor, d.documentId, CLAIM).id);
      if (!id) return null;
      comment(d.alice, id, "Is there a source?");
      return id;
    },
  },
];

type CommentSituation = { name: string; build: (d: Desk, reader: Reader) => string | null };
const commentSituations: CommentSituation[] = [
  { name: "another's comment", build: (d) => comment(d.alice, mark(d.alice, d.documentId, CLAIM).id).id },
  {
    name: "own comment",
    build: (d, r) => {
      const claimId = mark(d.alice, d.documentId, CLAIM).id;
      return r.author?.(() => comment(r.actor, claimId).id) ?? null;
    },
  },
];

const allClaim = ["edit", "delete", "rate", "resolve", "cite", "comment", "assign", "setStatus", "reattach"];
const reviewerOnAnother = ["edit", "rate", "cite", "comment", "reattach"];
const editorLike = {
  "another's claim": allClaim,
  "own untouched claim": allClaim,
  "own claim rated by another": allClaim,
  "own claim discussed by another": allClaim,
  "another's comment": ["delete"],
  "own comment": ["edit", "delete"],
};

/** What each reader is granted, situation by situation (a situation the reader cannot be in is absent). */
const expectedGrants: Record<string, Record<string, string[]>> = {
  "a viewer": { "another's claim": [], "another's comment": [] },
  "a reviewer": {
    "another's claim": reviewerOnAnother,
    "own untouched claim": ["edit", "delete", "rate", "cite", "comment", "reattach"],
    "own claim rated by another": reviewerOnAnother,
    "own claim discussed by another": reviewerOnAnother,
    "another's comment": [],
    "own comment": ["edit", "delete"],
  },
  "an editor": editorLike,
  "an instance admin who is not a member": editorLike,
  "a reviewer since made a viewer": {
    "another's claim": [],
    "own untouched claim": [],
    "own claim rated by another": [],
    "own claim discussed by another": [],
    "another's comment": [],
    "own comment": [],
  },
};

describe("the permissions a reader receives are what the services then allow", () => {
  it.each(readers)("for %s", async (readerName, pick) => {
    const d = await desk(TEXT);
    assignable = d.alice.userId;
    const reader = pick(d);
    const grants: Record<string, string[]> = {};

    for (const situation of claimSituations) {
      for (const key of Object.keys(claimCalls) as (keyof ClaimPermissions)[]) {
        const claimId = situation.build(d, reader);
        if (!claimId) continue;
        const view = getClaim(reader.actor, claimId);
        const listed = listDocumentClaims(reader.actor, d.documentId).find((c) => c.id === claimId);
        expect(listed?.permissions, `${situation.name}: the list and the claim agree`).toEqual(view.permissions);
        const allowed = await isAllowed(() => claimCalls[key](reader.actor, view));
        expect(allowed, `${readerName}, ${situation.name}: permissions.${key} is ${view.permissions[key]}`).toBe(
          view.permissions[key],
        );
        if (allowed) (grants[situation.name] ??= []).push(key);
        else grants[situation.name] ??= [];
      }
    }

    for (const situation of commentSituations) {
      for (const key of Object.keys(commentCalls) as (keyof CommentPermissions)[]) {
        const commentId = situation.build(d, reader);
        if (!commentId) continue;
        const view = getComment(reader.actor, commentId);
        const listed = listClaimComments(reader.actor, view.claimId).find((c) => c.id === commentId);
        expect(listed?.permissions, `${situation.name}: the list and the comment agree`).toEqual(view.permissions);
        const allowed = await isAllowed(() => commentCalls[key](reader.actor, view));
        expect(allowed, `${readerName}, ${situation.name}: permissions.${key} is ${view.permissions[key]}`).toBe(
          view.permissions[key],
        );
        if (allowed) (grants[situation.name] ??= []).push(key);
        else grants[situation.name] ??= [];
      }
    }

    expect(grants).toEqual(expectedGrants[readerName]);
  });
});
