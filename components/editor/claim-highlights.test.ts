// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { documentExtensions } from "@/lib/editor/extensions";
import type { DocNode } from "@/lib/text/doc-node";
import { TextMap } from "@/lib/text/text-map";
import { ClaimHighlights, claimHighlightsKey, currentHighlightRanges, type HighlightSpec } from "./claim-highlights";
import { MarkClaimShortcut, selectionToClaimRange } from "./mark-claim-shortcut";

const content: DocNode = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "A 😀 emoji first. The minister said taxes fell." }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Line one" },
        { type: "hardBreak" },
        { type: "text", text: "line two ends here." },
      ],
    },
  ],
};

let editor: Editor;
let onClaimClick: ReturnType<typeof vi.fn<(id: string) => void>>;

function canonical(): string {
  return TextMap.fromNodeLike(editor.state.doc).text;
}

/** Code point range of the first occurrence of `quote` in the canonical text. */
function codePointsOf(quote: string): { start: number; end: number } {
  const text = canonical();
  const u = text.indexOf(quote);
  if (u < 0) throw new Error(`"${quote}" is not in the document`);
  const start = Array.from(text.slice(0, u)).length;
  return { start, end: start + Array.from(quote).length };
}

function spec(id: string, quote: string, extra: Partial<HighlightSpec> = {}): HighlightSpec {
  return { id, ...codePointsOf(quote), tone: "open", label: "Open", ...extra };
}

function highlightedText(id: string): string | undefined {
  const range = currentHighlightRanges(editor.state).find((r) => r.id === id);
  return range ? editor.state.doc.textBetween(range.from, range.to, "\n\n", "\n") : undefined;
}

function spansOf(id: string): HTMLElement[] {
  return Array.from(editor.view.dom.querySelectorAll<HTMLElement>(`[data-claim-id="${id}"]`));
}

function click(pos: number, target?: Element): boolean {
  const event = new MouseEvent("click", { bubbles: true });
  if (target) Object.defineProperty(event, "target", { value: target });
  return editor.view.someProp("handleClick", (handle) => handle(editor.view, pos, event)) ?? false;
}

beforeEach(() => {
  onClaimClick = vi.fn<(id: string) => void>();
  editor = new Editor({
    extensions: [...documentExtensions(), ClaimHighlights.configure({ onClaimClick })],
    content,
  });
});

afterEach(() => {
  editor.destroy();
});

describe("claim highlights", () => {
  it("sit on exactly the claimed words, after an emoji, across a hard break and across paragraphs", () => {
    editor.commands.setClaimHighlights([
      spec("after-emoji", "taxes fell"),
      spec("hard-break", "one\nline two"),
      spec("two-blocks", "fell.\n\nLine"),
    ]);

    expect(highlightedText("after-emoji")).toBe("taxes fell");
    expect(highlightedText("hard-break")).toBe("one\nline two");
    expect(highlightedText("two-blocks")).toBe("fell.\n\nLine");
    expect(
      spansOf("after-emoji")
        .map((s) => s.textContent)
        .join(""),
    ).toBe("taxes fell");
    expect(spansOf("two-blocks").length).toBeGreaterThanOrEqual(2);
  });

  it("draw overlapping claims both, each span naming its claim", () => {
    editor.commands.setClaimHighlights([
      spec("outer", "minister said taxes", { tone: "false", label: "False, resolved" }),
      spec("inner", "taxes fell", { tone: "unproven", label: "Unproven, in review" }),
    ]);

    expect(highlightedText("outer")).toBe("minister said taxes");
    expect(highlightedText("inner")).toBe("taxes fell");
    const outer = spansOf("outer");
    const inner = spansOf("inner");
    expect(outer.map((s) => s.textContent).join("")).toBe("minister said taxes");
    expect(inner.map((s) => s.textContent).join("")).toBe("taxes fell");
    expect(outer[0]?.className).toBe("claim-highlight claim-tone-false");
    expect(outer[0]?.title).toBe("False, resolved");
    expect(inner[0]?.className).toBe("claim-highlight claim-tone-unproven");
  });

  it("resolve a click inside an overlap to the shorter claim and elsewhere to the claim there", () => {
    editor.commands.setClaimHighlights([spec("outer", "minister said taxes"), spec("inner", "taxes fell")]);
    const map = TextMap.fromNodeLike(editor.state.doc);
    const overlap = map.pmRangeFromCodePoints(codePointsOf("taxes").start + 2, codePointsOf("taxes").start + 2);
    const outerOnly = map.pmRangeFromCodePoints(codePointsOf("minister").start + 3, codePointsOf("minister").start + 3);

    expect(click(overlap!.from)).toBe(true);
    expect(onClaimClick).toHaveBeenLastCalledWith("inner");
    expect(click(outerOnly!.from)).toBe(true);
    expect(onClaimClick).toHaveBeenLastCalledWith("outer");

    const nestedSpan = Array.from(editor.view.dom.querySelectorAll("[data-claim-id] [data-claim-id]")).find(
      (span) => span.textContent === "taxes",
    );
    expect(nestedSpan).toBeDefined();
    expect(click(overlap!.from, nestedSpan)).toBe(true);
    expect(onClaimClick).toHaveBeenLastCalledWith("inner");
  });

  it("ignore a click outside every claim", () => {
    editor.commands.setClaimHighlights([spec("c1", "taxes fell")]);
    expect(click(2)).toBe(false);
    expect(onClaimClick).not.toHaveBeenCalled();
  });

  it("move with text typed before a claim instead of being rebuilt", () => {
    const claim = spec("c1", "taxes fell");
    editor.commands.setClaimHighlights([claim]);
    const before = currentHighlightRanges(editor.state)[0]!;

    editor.commands.insertContentAt(1, "Breaking: ");

    const after = currentHighlightRanges(editor.state)[0]!;
    expect(after).toEqual({ id: "c1", from: before.from + 10, to: before.to + 10 });
    expect(highlightedText("c1")).toBe("taxes fell");
    // The stale code points now point at other words: the set was mapped, not rebuilt from specs.
    const stale = TextMap.fromNodeLike(editor.state.doc).pmRangeFromCodePoints(claim.start, claim.end)!;
    expect(editor.state.doc.textBetween(stale.from, stale.to)).not.toBe("taxes fell");
  });

  it("disappear when the claimed words are deleted", () => {
    editor.commands.setClaimHighlights([spec("gone", "taxes fell"), spec("kept", "Line one")]);
    const gone = currentHighlightRanges(editor.state).find((r) => r.id === "gone")!;

    editor.commands.deleteRange({ from: gone.from, to: gone.to });

    expect(currentHighlightRanges(editor.state).map((r) => r.id)).toEqual(["kept"]);
    expect(spansOf("gone")).toHaveLength(0);
    expect(highlightedText("kept")).toBe("Line one");
  });

  it("mark the active claim, and move the mark when another claim becomes active", () => {
    editor.commands.setClaimHighlights([spec("c1", "taxes fell", { isActive: true }), spec("c2", "Line one")]);
    expect(spansOf("c1")[0]?.classList.contains("claim-active")).toBe(true);

    editor.commands.setActiveClaim("c2");
    expect(spansOf("c1")[0]?.classList.contains("claim-active")).toBe(false);
    expect(spansOf("c2")[0]?.classList.contains("claim-active")).toBe(true);
    expect(highlightedText("c2")).toBe("Line one");

    editor.commands.setActiveClaim(null);
    expect(editor.view.dom.querySelectorAll(".claim-active")).toHaveLength(0);
  });

  it("keep the active claim outlined when the list of claims is replaced", () => {
    editor.commands.setClaimHighlights([spec("c1", "taxes fell"), spec("c2", "Line one")]);
    editor.commands.setActiveClaim("c1");

    editor.commands.setClaimHighlights([
      spec("c1", "taxes fell", { tone: "unproven", label: "Unproven, resolved" }),
      spec("c2", "Line one"),
      spec("c3", "line two"),
    ]);

    expect(spansOf("c1")[0]?.classList.contains("claim-tone-unproven")).toBe(true);
    expect(spansOf("c1")[0]?.classList.contains("claim-active")).toBe(true);
    expect(editor.view.dom.querySelectorAll(".claim-active")).toHaveLength(1);
    editor.commands.setActiveClaim("c3");
    expect(spansOf("c3")[0]?.classList.contains("claim-active")).toBe(true);
    expect(spansOf("c1")[0]?.classList.contains("claim-active")).toBe(false);
  });

  it("draw nothing for an orphaned claim (not passed) or an out-of-range one", () => {
    editor.commands.setClaimHighlights([
      spec("anchored", "Line one"),
      { id: "bad", start: 5, end: 9999, tone: "fuzzy", label: "Fuzzy" },
    ]);

    expect(currentHighlightRanges(editor.state).map((r) => r.id)).toEqual(["anchored"]);
    expect(spansOf("bad")).toHaveLength(0);
    expect(editor.view.dom.querySelectorAll("[data-claim-id]")).toHaveLength(1);
  });

  it("replace the whole set on each call", () => {
    editor.commands.setClaimHighlights([spec("c1", "taxes fell")]);
    editor.commands.setClaimHighlights([spec("c2", "Line one")]);
    expect(currentHighlightRanges(editor.state).map((r) => r.id)).toEqual(["c2"]);
  });

  it("touch only the claims that changed when the list changes, leaving the others as drawn", () => {
    // A decoration's spec is kept as given: the same object means the same decoration, not placed again.
    const decorationOf = (id: string) =>
      claimHighlightsKey
        .getState(editor.state)!
        .decorations.find()
        .find((d) => (d.spec as { claimId: string }).claimId === id)?.spec as unknown;
    editor.commands.setClaimHighlights([spec("c1", "taxes fell"), spec("c2", "Line one"), spec("c3", "line two")]);
    const [c1, c2] = [decorationOf("c1"), decorationOf("c2")];

    editor.commands.setClaimHighlights([
      spec("c1", "taxes fell"),
      spec("c2", "Line one", { tone: "false", label: "False, resolved" }),
      spec("c4", "minister said"),
    ]);

    expect(decorationOf("c1")).toBe(c1);
    expect(decorationOf("c2")).not.toBe(c2);
    expect(spansOf("c2")[0]?.className).toBe("claim-highlight claim-tone-false");
    expect(currentHighlightRanges(editor.state).map((r) => r.id)).toEqual(["c4", "c1", "c2"]);
    expect(highlightedText("c4")).toBe("minister said");
  });

  it("are drawn from the editor's first state when given at its making, and a same list then changes nothing", () => {
    const first = spec("c1", "taxes fell");
    const made = new Editor({
      extensions: [...documentExtensions(), ClaimHighlights.configure({ initialHighlights: () => [first] })],
      content,
    });
    try {
      expect(made.view.dom.querySelector('[data-claim-id="c1"]')?.textContent).toBe("taxes fell");
      const before = claimHighlightsKey.getState(made.state)!.decorations;
      made.commands.setClaimHighlights([first]);
      expect(claimHighlightsKey.getState(made.state)!.decorations).toBe(before);
    } finally {
      made.destroy();
    }
  });

  it("place every claim from its offsets again once the text was edited", () => {
    const claim = spec("c1", "taxes fell");
    editor.commands.setClaimHighlights([claim]);
    editor.commands.insertContentAt(1, "Breaking: ");
    expect(highlightedText("c1")).toBe("taxes fell");

    // The same offsets, given again after the edit, are read on the text as it is now.
    editor.commands.setClaimHighlights([claim]);
    const placed = TextMap.fromNodeLike(editor.state.doc).pmRangeFromCodePoints(claim.start, claim.end)!;
    expect(currentHighlightRanges(editor.state)).toEqual([{ id: "c1", ...placed }]);
  });
});

describe("marking a claim from a selection", () => {
  it("converts the selection to code points with surrounding whitespace trimmed", () => {
    const { start, end } = codePointsOf(" taxes fell.\n\n");
    const map = TextMap.fromNodeLike(editor.state.doc);
    // From the space before "taxes" to the start of the next paragraph's text.
    editor.commands.setTextSelection({
      from: map.pmRangeFromCodePoints(start, start)!.from,
      to: map.pmRangeFromCodePoints(end, end)!.from,
    });

    const claim = selectionToClaimRange(editor);

    expect(claim).toEqual({ ...codePointsOf("taxes fell."), exact: "taxes fell." });
    expect(Array.from(canonical()).slice(claim!.start, claim!.end).join("")).toBe("taxes fell.");
  });

  it("gives nothing for an empty or whitespace-only selection", () => {
    editor.commands.setTextSelection(3);
    expect(selectionToClaimRange(editor)).toBeNull();
    const space = TextMap.fromNodeLike(editor.state.doc).pmRangeFromCodePoints(1, 2)!;
    editor.commands.setTextSelection(space);
    expect(selectionToClaimRange(editor)).toBeNull();
  });
});

describe("the mark-claim shortcut", () => {
  let viewer: Editor;
  const onMarkClaim = vi.fn();

  beforeEach(() => {
    onMarkClaim.mockReset();
    viewer = new Editor({
      extensions: [...documentExtensions(), MarkClaimShortcut.configure({ onMarkClaim })],
      content,
      editable: false,
    });
  });

  afterEach(() => {
    viewer.destroy();
  });

  const mod: KeyboardEventInit = /Mac|iP(hone|[oa]d)/.test(navigator.platform) ? { metaKey: true } : { ctrlKey: true };

  function press(init: KeyboardEventInit): boolean {
    const event = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init });
    viewer.view.dom.dispatchEvent(event);
    return event.defaultPrevented;
  }

  it("marks the selected words in a read-only document", () => {
    const map = TextMap.fromNodeLike(viewer.state.doc);
    const cps = Array.from(map.text);
    const start = cps.indexOf("😀");
    const range = map.pmRangeFromCodePoints(start, start + 7)!;
    viewer.commands.setTextSelection(range);

    expect(press({ key: "M", code: "KeyM", keyCode: 77, ...mod, shiftKey: true })).toBe(true);
    expect(onMarkClaim).toHaveBeenCalledWith({ start, end: start + 7, exact: "😀 emoji" });
  });

  it("does nothing without a selection", () => {
    viewer.commands.setTextSelection(3);
    expect(press({ key: "c", code: "KeyC", keyCode: 67, ...mod, altKey: true })).toBe(false);
    expect(onMarkClaim).not.toHaveBeenCalled();
  });
});
