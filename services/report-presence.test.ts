import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { createDocument } from "./create-document";
import { reportPresence } from "./report-presence";
import { subscribeToPresence } from "./support/live-events";
import { joinPresence, presenceSnapshot } from "./support/presence";
import { desk, mark, quote, rejection } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const TEXT = "The minister said the treaty binds neither side to defend the other.";
const QUOTE = "binds neither side to defend the other";
const docFields = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

describe("presence on a document's page", () => {
  it("shows the others on the page with the claim each reports open, and takes a person off when their stream closes", async () => {
    const d = await desk(TEXT);
    const claim = mark(d.alice, d.documentId, quote(QUOTE));
    let told = 0;
    const stop = subscribeToPresence(d.documentId, () => told++);
    const alice = joinPresence(d.documentId, d.alice, "alice-tab-1");
    const editor = joinPresence(d.documentId, d.editor, "editor-tab-1");
    reportPresence(d.alice, d.documentId, { tab: "alice-tab-1", claimId: claim.id });
    expect(presenceSnapshot(d.documentId, editor.streamId, d.editor.userId)).toEqual({
      you: { claimId: null },
      others: [{ userId: d.alice.userId, name: "Alice", initials: "A", claimId: claim.id, quote: QUOTE }],
    });
    expect(presenceSnapshot(d.documentId, alice.streamId, d.alice.userId)).toEqual({
      you: { claimId: claim.id },
      others: [expect.objectContaining({ name: "Edith", claimId: null })],
    });
    // Someone else cannot move Alice's marker through her tab's id.
    reportPresence(d.editor, d.documentId, { tab: "alice-tab-1", claimId: null });
    expect(presenceSnapshot(d.documentId, editor.streamId, d.editor.userId).others[0]?.claimId).toBe(claim.id);
    alice.leave();
    alice.leave();
    expect(presenceSnapshot(d.documentId, editor.streamId, d.editor.userId).others).toEqual([]);
    editor.leave();
    stop();
    expect(told).toBe(5); // two joins, one report, two leaves
  });

  it("refuses a claim of another document (404), and an outsider (404)", async () => {
    const d = await desk(TEXT);
    const other = createDocument(d.editor, d.projectId, { title: "Other", text: TEXT, ...docFields });
    const claim = mark(d.alice, other.id, quote(QUOTE));
    const wrongDoc = await rejection(() =>
      reportPresence(d.alice, d.documentId, { tab: "alice-tab-1", claimId: claim.id }),
    );
    expect(wrongDoc.code).toBe("not-found");
    const outsider = await rejection(() =>
      reportPresence(d.outsider, d.documentId, { tab: "olga-tab-01", claimId: null }),
    );
    expect(outsider.code).toBe("not-found");
  });
});
