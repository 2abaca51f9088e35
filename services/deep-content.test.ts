import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { getDocument } from "./get-document";
import { createDocument } from "./create-document";
import { desk, rejection } from "./testing/desk";

// Content nested 10,000 levels deep must be the sender's 4xx, or flattened, never a stack
// overflow (a 500) or minutes of parsing.

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const LEVELS = 10_000;
const meta = { sourceUrl: null, publisher: null, author: null, publishedAt: null, language: null };

describe("deeply nested content", () => {
  it("flattens HTML nested 10,000 levels deep, keeping its text", async () => {
    const d = await desk("The treaty binds neither side.");
    for (const [open, close] of [
      ["<div>", "</div>"],
      ["<blockquote>", "</blockquote>"],
      ["<ul><li>", "</li></ul>"],
      ["<b><i>", "</i></b>"],
      ["<span>", ""],
    ]) {
      const html = `<p>Before.</p>${open!.repeat(LEVELS)}Deep words.${close!.repeat(LEVELS)}<p>After.</p>`;
      const doc = createDocument(d.editor, d.projectId, { title: `Deep ${open}`, html, ...meta });
      const { text } = getDocument(d.editor, doc.id);
      expect(text, open).toContain("Deep words.");
      expect(text, open).toContain("Before.");
    }
  });

  it("drops a script nested past the limit with its text, as it does any script", async () => {
    const d = await desk("The treaty binds neither side.");
    const html = `${"<div>".repeat(300)}Kept.<script>window.__leak = 1</script><style>p{}</style>${"</div>".repeat(300)}`;
    const doc = createDocument(d.editor, d.projectId, { title: "Deep script", html, ...meta });
    expect(getDocument(d.editor, doc.id).text).toBe("Kept.");
  });

  it("refuses Markdown nested past 100 levels with 422 on the field, quickly", async () => {
    const d = await desk("The treaty binds neither side.");
    const cases = [
      `${">".repeat(LEVELS)} quoted`,
      Array.from({ length: 2_000 }, (_, i) => `${" ".repeat(i * 2)}- item`).join("\n"),
      `${"*".repeat(LEVELS)}emphasis${"*".repeat(LEVELS)}`,
      `${"> - ".repeat(LEVELS / 2)}mixed`,
    ];
    for (const markdown of cases) {
      const started = performance.now();
      const error = await rejection(() =>
        createDocument(d.editor, d.projectId, { title: "Deep Markdown", markdown, ...meta }),
      );
      expect(error.status, markdown.slice(0, 20)).toBe(422);
      expect(error.fields).toHaveProperty("markdown");
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });

  it("refuses editor JSON nested 10,000 levels deep with 422", async () => {
    const d = await desk("The treaty binds neither side.");
    let node: Record<string, unknown> = { type: "paragraph", content: [{ type: "text", text: "deep" }] };
    for (let i = 0; i < LEVELS; i++) node = { type: "blockquote", content: [node] };
    const error = await rejection(() =>
      createDocument(d.editor, d.projectId, {
        title: "Deep JSON",
        content: { type: "doc", content: [node] },
        ...meta,
      } as never),
    );
    expect(error.status).toBe(422);
  });

  it("still reads ordinary nesting: quotes in lists in quotes", async () => {
    const d = await desk("The treaty binds neither side.");
    const markdown = "> - one\n>   > - two\n>   >   - three\n\nAfter.";
    const doc = createDocument(d.editor, d.projectId, { title: "Nested", markdown, ...meta });
    expect(getDocument(d.editor, doc.id).text).toBe("one\n\ntwo\n\nthree\n\nAfter.");
  });
});
