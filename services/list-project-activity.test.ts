import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { commentSchema } from "@/lib/validation/claims";
import { addComment } from "./add-comment";
import { createDocument } from "./create-document";
import { editClaim } from "./edit-claim";
import { editProject } from "./edit-project";
import { getProject } from "./get-project";
import { listProjectActivity } from "./list-project-activity";
import { desk, mark, quote, rate, rejection, resolve } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TEXT = "The minister said the treaty binds neither side to defend the other.";
const docFields = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

describe("a project's activity", () => {
  it("tells the project's events in words, newest first, each naming its claim and document", async () => {
    const d = await desk(TEXT, { blindReview: false });
    const claim = mark(d.alice, d.documentId, quote("binds neither side to defend the other"));
    rate(d.alice, claim.id, "mostly-false");
    editClaim(d.editor, claim.id, { assigneeId: d.bob.userId }, claim.version + 1);
    resolve(d.editor, claim.id, "false");
    addComment(d.bob, claim.id, commentSchema.parse({ body: "Agreed." }));
    const { version } = getProject(d.editor, d.projectId);
    editProject(d.editor, d.projectId, { name: "Treaty desk", blindReview: true }, version);

    const activity = listProjectActivity(d.viewer, d.projectId, {});
    const lines = activity.entries.map((e) => e.summary);
    const said = "claim “binds neither side to defend the other”";
    expect(lines).toEqual([
      "Edith renamed the project to “Treaty desk” and turned blind review on",
      `Bob commented on ${said}`,
      `Edith moved ${said} from in-review to resolved`,
      `Edith resolved ${said} as False`,
      `Edith assigned ${said} to Bob`,
      `Alice moved ${said} from open to in-review`,
      `Alice rated ${said} Mostly false`,
      `Alice marked ${said}`,
      "Edith added the document “Article”",
      "Edith added Victor to the project as viewer",
      "Edith added Bob to the project as reviewer",
      "Edith added Alice to the project as reviewer",
      "Edith created the project",
    ]);
    expect(activity.entries[1]).toMatchObject({
      actorId: d.bob.userId,
      actorName: "Bob",
      kind: "comments",
      claimId: claim.id,
      documentId: d.documentId,
      documentTitle: "Article",
    });
    expect(activity.nextBefore).toBeNull();
    expect(activity.people.map((p) => p.name)).toEqual(["Alice", "Bob", "Edith"]);
  });

  it("filters by person, document and kind, and pages by the last event's id", async () => {
    const d = await desk(TEXT);
    const second = createDocument(d.editor, d.projectId, { title: "Second", text: TEXT, ...docFields });
    const one = mark(d.alice, d.documentId, quote("binds neither side"));
    const two = mark(d.bob, second.id, quote("defend the other"));
    rate(d.alice, one.id, "false");
    rate(d.bob, two.id, "false");

    const ofBob = listProjectActivity(d.editor, d.projectId, { person: d.bob.userId });
    expect(ofBob.entries.map((e) => e.summary)).toEqual([
      "Bob moved claim “defend the other” from open to in-review",
      "Bob rated claim “defend the other” False",
      "Bob marked claim “defend the other”",
    ]);
    const ofSecond = listProjectActivity(d.editor, d.projectId, { documentId: second.id, kind: "verdicts" });
    expect(ofSecond.entries.map((e) => e.summary)).toEqual(["Bob rated claim “defend the other” False"]);
    expect(ofSecond.filter).toEqual({ person: null, documentId: second.id, kind: "verdicts" });

    const all = listProjectActivity(d.editor, d.projectId, {}).entries;
    const first = listProjectActivity(d.editor, d.projectId, { limit: "4" });
    expect(first.entries).toEqual(all.slice(0, 4));
    const next = listProjectActivity(d.editor, d.projectId, { limit: "4", before: String(first.nextBefore) });
    expect(next.entries).toEqual(all.slice(4, 8));

    expect((await rejection(() => listProjectActivity(d.editor, d.projectId, { kind: "gossip" }))).code).toBe(
      "invalid",
    );
    expect((await rejection(() => listProjectActivity(d.editor, d.projectId, { documentId: "nope" }))).code).toBe(
      "not-found",
    );
    expect((await rejection(() => listProjectActivity(d.outsider, d.projectId, {}))).code).toBe("not-found");
  });

  it("under blind review, keeps other reviewers' ratings from a reviewer until they rate that claim", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, quote("binds neither side to defend the other"));
    rate(d.alice, claim.id, "mostly-false");
    resolve(d.editor, claim.id, "false");
    const said = "claim “binds neither side to defend the other”";
    const linesOf = (who: typeof d.bob) =>
      listProjectActivity(who, d.projectId, { kind: "verdicts" })
        .entries.concat(listProjectActivity(who, d.projectId, { kind: "resolutions" }).entries)
        .map((e) => e.summary);

    expect(linesOf(d.bob)).toEqual([`Alice gave a verdict on ${said}`, `Edith resolved ${said}`]);
    expect(linesOf(d.alice)).toEqual([`Alice rated ${said} Mostly false`, `Edith resolved ${said} as False`]);
    expect(linesOf(d.viewer)).toEqual(linesOf(d.alice));
    rate(d.bob, claim.id, "false");
    expect(linesOf(d.bob)).toEqual([
      `Bob rated ${said} False`,
      `Alice rated ${said} Mostly false`,
      `Edith resolved ${said} as False`,
    ]);
  });
});
