import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { listEventsByDocumentIdAfter } from "@/db/queries/events";
import { reader } from "@/db/queries/transaction";
import { codePointLength } from "@/lib/text/offsets";
import { dismissSuggestionSchema } from "@/lib/validation/suggestions";
import { dismissSuggestion } from "./dismiss-suggestion";
import { getDocument } from "./get-document";
import { listSuggestions } from "./list-suggestions";
import { openDocument } from "./open-document";
import { saveRevision } from "./save-revision";
import type { SessionActor } from "./support/actor";
import { desk, mark, quote, rejection } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const article = fs
  .readFileSync(path.resolve(__dirname, "../fixtures/russia-iran-treaty.txt"), "utf8")
  .split(/\r?\n/)
  .join("\n\n");
const MISSILES =
  "While there have been some reports suggesting this has happened, there’s as yet no definitive evidence.";
const UAV_WORDS = "major UAV production facility on Russian soil";

const texts = (actor: SessionActor, documentId: string) =>
  listSuggestions(actor, documentId).suggestions.map((s) => s.exact);

function dismiss(actor: SessionActor, documentId: string, exact: string) {
  const s = listSuggestions(actor, documentId).suggestions.find((x) => x.exact === exact)!;
  dismissSuggestion(actor, documentId, dismissSuggestionSchema.parse({ start: s.start, end: s.end, exact: s.exact }));
}

function suggestionEvents(documentId: string) {
  return listEventsByDocumentIdAfter(reader(), { documentId, afterId: 0 }).filter((e) => e.entityType === "suggestion");
}

describe("listing suggestions", () => {
  it("every reader of the document gets them, best first, with the missile-transfer sentence among them", async () => {
    const { alice, viewer, editor, documentId } = await desk(article);
    const list = listSuggestions(viewer, documentId).suggestions;
    expect(list.map((s) => s.exact)).toContain(MISSILES);
    expect(list.findIndex((s) => s.exact.includes(UAV_WORDS))).toBeLessThan(10);
    expect(listSuggestions(alice, documentId)).toEqual(listSuggestions(editor, documentId));
    for (const s of list) expect(Array.from(article).slice(s.start, s.end).join("")).toBe(s.exact);
  });

  it("someone outside the project is told the document does not exist", async () => {
    const { outsider, documentId } = await desk(article);
    expect((await rejection(() => listSuggestions(outsider, documentId))).code).toBe("not-found");
  });

  it("a sentence a claim covers, even in part, is no longer suggested", async () => {
    const { alice, viewer, documentId } = await desk(article);
    mark(alice, documentId, quote("there’s as yet no definitive evidence"));
    expect(texts(viewer, documentId)).not.toContain(MISSILES);
    expect(texts(viewer, documentId).some((t) => t.includes(UAV_WORDS))).toBe(true);
  });
});

describe("dismissing a suggestion", () => {
  it("a reviewer dismisses it for everyone in the document, with one audit event however often it is dismissed", async () => {
    const { alice, bob, viewer, editor, documentId } = await desk(article);
    dismiss(alice, documentId, MISSILES);
    for (const who of [alice, bob, viewer, editor]) expect(texts(who, documentId)).not.toContain(MISSILES);

    const s = { start: 0, end: 0, exact: MISSILES };
    s.start = codePointLength(article.slice(0, article.indexOf(MISSILES)));
    s.end = s.start + codePointLength(MISSILES);
    dismissSuggestion(bob, documentId, dismissSuggestionSchema.parse(s));
    const events = suggestionEvents(documentId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: alice.userId, action: "dismissed", after: { exact: MISSILES } });
  });

  it("stays dismissed after a revision that moves the sentence", async () => {
    const { alice, editor, documentId } = await desk(article);
    dismiss(alice, documentId, MISSILES);
    const document = getDocument(editor, documentId);
    saveRevision(editor, documentId, { text: `An editor's note, added later.\n\n${article}` }, document.version);
    const after = listSuggestions(alice, documentId).suggestions;
    expect(after.map((s) => s.exact)).not.toContain(MISSILES);
    const uav = after.find((s) => s.exact.includes(UAV_WORDS))!;
    expect(Array.from(getDocument(alice, documentId).text).slice(uav.start, uav.end).join("")).toBe(uav.exact);
  });

  it("a viewer may not dismiss, an outsider is told the document does not exist, and nothing changes", async () => {
    const { viewer, outsider, documentId } = await desk(article);
    const s = listSuggestions(viewer, documentId).suggestions.find((x) => x.exact === MISSILES)!;
    const input = dismissSuggestionSchema.parse({ start: s.start, end: s.end, exact: s.exact });
    expect((await rejection(() => dismissSuggestion(viewer, documentId, input))).code).toBe("forbidden");
    expect((await rejection(() => dismissSuggestion(outsider, documentId, input))).code).toBe("not-found");
    expect(texts(viewer, documentId)).toContain(MISSILES);
    expect(suggestionEvents(documentId)).toEqual([]);
  });

  it("a sentence that is not at the given position is refused as invalid", async () => {
    const { alice, documentId } = await desk(article);
    const s = listSuggestions(alice, documentId).suggestions.find((x) => x.exact === MISSILES)!;
    const shifted = dismissSuggestionSchema.parse({ start: s.start + 1, end: s.end + 1, exact: s.exact });
    const error = await rejection(() => dismissSuggestion(alice, documentId, shifted));
    expect(error.code).toBe("invalid");
    expect(error.fields?.exact).toBeDefined();
    const beyond = dismissSuggestionSchema.parse({ start: 1_000_000, end: 1_000_010, exact: "x" });
    expect((await rejection(() => dismissSuggestion(alice, documentId, beyond))).code).toBe("invalid");
    expect(texts(alice, documentId)).toContain(MISSILES);
  });

  it("the document page says who may dismiss", async () => {
    const { alice, viewer, documentId } = await desk(article);
    expect(openDocument(alice, documentId).permissions).toMatchObject({ markClaim: true, dismissSuggestion: true });
    expect(openDocument(viewer, documentId).permissions).toMatchObject({ markClaim: false, dismissSuggestion: false });
  });
});
