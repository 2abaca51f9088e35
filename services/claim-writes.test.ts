import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getHandle } from "@/db/client";
import { useTemporaryDatabase } from "@/db/test-database";
import { getDocument } from "./get-document";
import { importAnnotations } from "./import-annotations";
import { saveRevision } from "./save-revision";
import { desk, mark, quote } from "./testing/desk";

// Marking a claim takes the fast path: the revision's text kept in memory, the claim and its
// audit event written by queries prepared once. What it stores and where it finds the words
// must be exactly what the general path gives.

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

type Row = Record<string, unknown>;
const row = (sql: string, ...params: unknown[]) =>
  getHandle()
    .sqlite.prepare(sql)
    .get(...params) as Row;

const TEXT =
  "Tehran and Moscow signed a comprehensive strategic partnership treaty in January. " +
  "The minister said the treaty binds neither side to defend the other.";

describe("a marked claim as stored", () => {
  it("has the same defaults as a claim imported through the general insert", async () => {
    const { editor, documentId } = await desk(TEXT);
    const marked = mark(editor, documentId, quote("comprehensive strategic partnership treaty"));
    const report = importAnnotations(editor, documentId, {
      type: "Annotation",
      id: "https://example.org/a/1",
      motivation: "assessing",
      target: { selector: { type: "TextQuoteSelector", exact: "binds neither side" } },
    });
    const imported = report.results[0]?.claimId as string;

    const columns = "status, anchor_status, anchor_score, tags, assignee_id, deleted_at, version, claimant";
    const mine = row(`select ${columns}, created_at = updated_at as same_times from claims where id = ?`, marked.id);
    const theirs = row(`select ${columns}, created_at = updated_at as same_times from claims where id = ?`, imported);
    expect(mine).toEqual(theirs);
    expect(mine).toMatchObject({ status: "open", anchor_status: "exact", anchor_score: 1, tags: "[]", claimant: null });
    expect(row("select created_at from claims where id = ?", marked.id).created_at).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
    );
  });

  it("writes its audit event with no 'before' (NULL, not the text 'null') and the claim as 'after'", async () => {
    const { editor, documentId } = await desk(TEXT);
    const marked = mark(editor, documentId, quote("binds neither side"));
    const event = row(
      "select before is null as no_before, after, action, entity_type from events where entity_id = ? and action = 'created'",
      marked.id,
    );
    expect(event).toMatchObject({ no_before: 1, action: "created", entity_type: "claim" });
    expect(JSON.parse(event.after as string)).toMatchObject({ id: marked.id, exact: "binds neither side" });
  });
});

describe("marking on a new revision", () => {
  it("finds the words in the new revision's text, not in the one marked on before", async () => {
    const { editor, documentId } = await desk(TEXT);
    mark(editor, documentId, quote("strategic partnership"));
    const revised = `A new first sentence about the talks. ${TEXT.replace("in January", "in late January")}`;
    saveRevision(editor, documentId, { text: revised }, getDocument(editor, documentId).version);

    const moved = mark(editor, documentId, quote("strategic partnership"));
    const shift = "A new first sentence about the talks. ".length;
    expect(moved.selector.start).toBe(TEXT.indexOf("strategic partnership") + shift);
    // Words only the new revision has.
    expect(mark(editor, documentId, quote("in late January")).selector.exact).toBe("in late January");
  });
});
