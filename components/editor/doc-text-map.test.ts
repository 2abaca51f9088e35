// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { documentExtensions } from "@/lib/editor/extensions";
import { TextMap } from "@/lib/text/text-map";
import { docTextMap } from "./doc-text-map";

describe("docTextMap", () => {
  it("gives a doc's canonical text and map, made once per doc and again for a changed doc", () => {
    const editor = new Editor({ extensions: documentExtensions(), content: "<p>Taxes fell.</p><p>Line one</p>" });
    const first = docTextMap(editor.state.doc);
    expect(first.text).toBe(TextMap.fromNodeLike(editor.state.doc).text);
    expect(docTextMap(editor.state.doc)).toBe(first);

    editor.commands.insertContentAt(1, "Breaking: ");
    expect(docTextMap(editor.state.doc)).not.toBe(first);
    expect(docTextMap(editor.state.doc).text).toBe("Breaking: Taxes fell.\n\nLine one");
    editor.destroy();
  });
});
