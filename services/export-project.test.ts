import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { resolutionSchema } from "@/lib/validation/claims";
import { createDocument } from "./create-document";
import { exportProject } from "./export-project";
import { resolveClaim } from "./resolve-claim";
import type { SessionActor } from "./support/actor";
import { desk, mark, quote } from "./testing/desk";

// Counts the documents read, to see the export read them only as the client reads it, and the
// claims made from what was read, to see a large document made a batch at a time.
const loads = vi.hoisted(() => ({ documents: 0, claims: 0 }));
vi.mock("./support/load-export", async (importOriginal) => {
  const original = await importOriginal<typeof import("./support/load-export")>();
  return {
    ...original,
    readExportDocuments: (...args: Parameters<typeof original.readExportDocuments>) => {
      loads.documents += args[2].length;
      const read = original.readExportDocuments(...args);
      return {
        ...read,
        claim: (row: Parameters<typeof read.claim>[0]) => {
          loads.claims += 1;
          return read.claim(row);
        },
      };
    },
  };
});

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
  loads.documents = 0;
  loads.claims = 0;
});
afterEach(() => cleanup());

const docFields = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

/** A resolved claim in `documentId`, so that every format has something to write for it. */
function resolvedClaim(editor: SessionActor, documentId: string) {
  const claim = mark(editor, documentId, quote("the treaty was signed"));
  resolveClaim(editor, claim.id, resolutionSchema.parse({ rating: "true", rationale: "Signed." }), undefined);
}

describe("a project's export", () => {
  it("starts arriving before any document is read, and reads one document per chunk the client takes", async () => {
    const { editor, projectId, documentId } = await desk("The first article: the treaty was signed.");
    resolvedClaim(editor, documentId);
    for (let i = 2; i <= 4; i++) {
      const doc = createDocument(editor, projectId, {
        title: `Article ${i}`,
        text: `Article ${i} says the treaty was signed.`,
        ...docFields,
      });
      resolvedClaim(editor, doc.id);
    }

    for (const format of ["csv", "claimreview", "webannotation", "markdown", "html"]) {
      loads.documents = 0;
      const reader = (await exportProject(editor, projectId, format, "http://claimdesk.test")).body.getReader();
      const decoder = new TextDecoder();
      const first = await reader.read();
      expect(first.done, format).toBe(false);
      expect(loads.documents, `${format}: nothing read for the file's opening`).toBe(0);
      let text = decoder.decode(first.value, { stream: true });
      let chunks = 1;
      for (;;) {
        const next = await reader.read();
        if (next.done) break;
        chunks++;
        // A document is read only when the chunk before it has been taken.
        expect(loads.documents, format).toBeLessThanOrEqual(chunks);
        text += decoder.decode(next.value, { stream: true });
      }
      expect(loads.documents, format).toBe(4);
      if (format === "csv")
        expect(text.split("\r\n").filter((l) => l.includes("the treaty was signed"))).toHaveLength(4);
    }
  });

  it("makes a large document's claims a batch at a time, the stream pausing between batches", async () => {
    const sentence = "The minister said the treaty was signed in January. ";
    const { editor, projectId, documentId } = await desk(sentence.repeat(1100));
    for (let i = 0; i < 1100; i++) {
      const start = i * sentence.length + 4;
      mark(editor, documentId, { selector: { type: "TextPositionSelector", start, end: start + 8 } });
    }
    // What another request would see: the claims made so far each time the event loop comes round.
    const between: number[] = [];
    let isReading = true;
    const watch = () => {
      between.push(loads.claims);
      if (isReading) setImmediate(watch);
    };
    setImmediate(watch);
    const reader = (await exportProject(editor, projectId, "csv", "http://claimdesk.test")).body.getReader();
    const decoder = new TextDecoder();
    let text = "";
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      text += decoder.decode(next.value, { stream: true });
    }
    isReading = false;
    expect(loads.claims).toBe(1100);
    // The event loop came round while the document was half made: after 500 and after 1,000.
    expect(between.filter((made) => made > 0 && made < 1100)).toEqual(expect.arrayContaining([500, 1000]));
    expect(text.split("\r\n").filter((l) => l.includes("minister"))).toHaveLength(1100);
  });

  it("stops reading documents when the client goes away", async () => {
    const { editor, projectId } = await desk("The first article.");
    for (let i = 2; i <= 5; i++)
      createDocument(editor, projectId, { title: `Article ${i}`, text: `Article ${i}.`, ...docFields });
    // No document has a claim: each one read gives an empty chunk, and the reading goes on
    // between them until the client cancels.
    const reader = (await exportProject(editor, projectId, "csv", "http://claimdesk.test")).body.getReader();
    await reader.read();
    const rest = reader.read();
    await reader.cancel();
    expect((await rest).done).toBe(true);
    expect(loads.documents).toBeLessThan(5);
  });
});
