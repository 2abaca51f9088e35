import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { canonicalText, docFromPlainText } from "./canonical-text";
import type { DocNode } from "./doc-node";
import { TextMap } from "./text-map";

const schema = getSchema([StarterKit]);

/** The code points `start..end` of `text`, lone surrogates counting one each (as in offsets.ts). */
const codePointSlice = (text: string, start: number, end: number): string =>
  Array.from(text).slice(start, end).join("");

const t = (text: string, marks?: DocNode["marks"]): DocNode =>
  marks ? { type: "text", text, marks } : { type: "text", text };
const p = (...content: DocNode[]): DocNode => (content.length ? { type: "paragraph", content } : { type: "paragraph" });
const h = (level: number, ...content: DocNode[]): DocNode => ({
  type: "heading",
  attrs: { level },
  content,
});
const br: DocNode = { type: "hardBreak" };
const doc = (...content: DocNode[]): DocNode => ({ type: "doc", content });
const pmDoc = (json: DocNode): PMNode => PMNode.fromJSON(schema, json);

/** A document exercising every block kind StarterKit has. */
const RICH = doc(
  h(1, t("Title 😀")),
  p(t("Plain "), t("bold", [{ type: "bold" }]), t(" and "), t("it", [{ type: "italic" }])),
  p(),
  p(t("line one"), br, t("line two"), br, br, t("שלום")),
  {
    type: "bulletList",
    content: [
      { type: "listItem", content: [p(t("item 👩‍👩‍👧 one"))] },
      {
        type: "listItem",
        content: [
          p(t("item two")),
          { type: "orderedList", content: [{ type: "listItem", content: [p(t("nested"))] }] },
        ],
      },
    ],
  },
  { type: "horizontalRule" },
  { type: "blockquote", content: [p(t("quoted e\u0301")), p(t("مرحبا 🇫🇷"))] },
  { type: "codeBlock", attrs: { language: null }, content: [t("const a = 1;\n\nreturn a;")] },
  p(t("The end.")),
);

/** Like RICH, without what textBetween renders differently (empty blocks, rules). */
const RICH_FOR_TEXT_BETWEEN = doc(
  h(1, t("Title 😀")),
  p(t("Plain "), t("bold", [{ type: "bold" }]), t(" and "), t("it", [{ type: "italic" }])),
  p(t("line one"), br, t("line two"), br, br, t("שלום")),
  {
    type: "bulletList",
    content: [
      { type: "listItem", content: [p(t("item 👩‍👩‍👧 one"))] },
      {
        type: "listItem",
        content: [
          p(t("item two")),
          { type: "orderedList", content: [{ type: "listItem", content: [p(t("nested"))] }] },
        ],
      },
    ],
  },
  { type: "blockquote", content: [p(t("quoted e\u0301")), p(t("مرحبا 🇫🇷"))] },
  { type: "codeBlock", attrs: { language: null }, content: [t("const a = 1;\n\nreturn a;")] },
  p(t("The end.")),
);

/** Positions whose parent is a textblock, i.e. where a cursor can sit in text. */
function inlinePositions(node: PMNode): number[] {
  const out: number[] = [];
  for (let pos = 0; pos <= node.content.size; pos++) {
    if (node.resolve(pos).parent.isTextblock) out.push(pos);
  }
  return out;
}

/** True when code point offset `cp` lies strictly inside a block separator of the map's text. */
function isInsideSeparator(map: TextMap, cp: number): boolean {
  const u = map.offsets.toUtf16(cp);
  return !map.segments.some((s) => s.textStart <= u && u <= s.textStart + s.length);
}

describe("TextMap positions", () => {
  it("has the canonical text of the document", () => {
    expect(TextMap.fromDoc(RICH).text).toBe(canonicalText(RICH));
  });

  it("places the first character of the first paragraph at position 1", () => {
    const map = TextMap.fromDoc(doc(p(t("abc")), p(t("de"))));
    expect(map.text).toBe("abc\n\nde");
    expect(map.segments).toEqual([
      { textStart: 0, pmStart: 1, length: 3, kind: "text" },
      { textStart: 5, pmStart: 6, length: 2, kind: "text" },
    ]);
    expect(map.pmRangeFromCodePoints(0, 3)).toEqual({ from: 1, to: 4 });
    expect(map.pmRangeFromCodePoints(5, 7)).toEqual({ from: 6, to: 8 });
  });

  it("maps a range across a block boundary to both blocks' text", () => {
    const map = TextMap.fromDoc(doc(p(t("abc")), p(t("de"))));
    expect(map.pmRangeFromCodePoints(1, 6)).toEqual({ from: 2, to: 7 });
    expect(map.codePointsFromPmRange(2, 7)).toEqual({ start: 1, end: 6 });
  });

  it("maps an offset inside the separator to the previous block's end for `to` and the next block's start for `from`", () => {
    const map = TextMap.fromDoc(doc(p(t("abc")), p(t("de"))));
    expect(map.pmRangeFromCodePoints(4, 6)).toEqual({ from: 6, to: 7 });
    expect(map.pmRangeFromCodePoints(1, 4)).toEqual({ from: 2, to: 4 });
    expect(map.utf16ToPm(4, "forward")).toBe(6);
    expect(map.utf16ToPm(4, "backward")).toBe(4);
    expect(map.pmRangeFromCodePoints(3, 5)).toEqual({ from: 4, to: 6 });
  });

  it("gives an empty range for a range covering only a separator", () => {
    const map = TextMap.fromDoc(doc(p(t("abc")), p(t("de"))));
    const range = map.pmRangeFromCodePoints(4, 5);
    expect(range).toEqual({ from: 6, to: 6 });
  });

  it("snaps positions between blocks to the nearest text", () => {
    const map = TextMap.fromDoc(doc(p(t("abc")), p(t("de"))));
    // 0 before the first paragraph, 5 between the paragraphs, 9 after the last.
    expect(map.pmToUtf16(0, "forward")).toBe(0);
    expect(map.pmToUtf16(5, "forward")).toBe(5);
    expect(map.pmToUtf16(5, "backward")).toBe(3);
    expect(map.pmToUtf16(9, "backward")).toBe(7);
    expect(map.pmToUtf16(9, "forward")).toBe(7);
    expect(map.codePointsFromPmRange(0, 9)).toEqual({ start: 0, end: 7 });
    expect(map.codePointsFromPmRange(5, 8)).toEqual({ start: 5, end: 7 });
  });

  it("gives start === end for a range covering no text", () => {
    const map = TextMap.fromDoc(doc(p(t("abc")), p(), p(t("de"))));
    expect(map.text).toBe("abc\n\nde");
    // The empty paragraph is 5..7; its inside is position 6.
    expect(map.codePointsFromPmRange(6, 6)).toEqual({ start: 5, end: 5 });
    expect(map.codePointsFromPmRange(5, 7)).toEqual({ start: 5, end: 5 });
    expect(map.codePointsFromPmRange(4, 4)).toEqual({ start: 3, end: 3 });
  });

  it("accepts a range given backwards", () => {
    const map = TextMap.fromDoc(doc(p(t("abc"))));
    expect(map.codePointsFromPmRange(3, 1)).toEqual({ start: 0, end: 2 });
  });

  it("counts headings, list items and quotes as blocks with their opening tokens", () => {
    const map = TextMap.fromDoc(
      doc(
        h(2, t("H")),
        { type: "bulletList", content: [{ type: "listItem", content: [p(t("li"))] }] },
        { type: "blockquote", content: [p(t("q"))] },
      ),
    );
    expect(map.text).toBe("H\n\nli\n\nq");
    // heading 0..3 (H at 1); bulletList opens at 3, listItem 4, paragraph 5, "li" 6..8, then
    // three closing tokens to 11; blockquote opens at 11, paragraph 12, "q" at 13.
    expect(map.segments.map((s) => s.pmStart)).toEqual([1, 6, 13]);
    expect(map.pmRangeFromCodePoints(3, 5)).toEqual({ from: 6, to: 8 });
  });

  it("maps hard breaks as one character and one position", () => {
    const map = TextMap.fromDoc(doc(p(t("ab"), br, t("cd"))));
    expect(map.text).toBe("ab\ncd");
    expect(map.segments).toEqual([
      { textStart: 0, pmStart: 1, length: 2, kind: "text" },
      { textStart: 2, pmStart: 3, length: 1, kind: "break" },
      { textStart: 3, pmStart: 4, length: 2, kind: "text" },
    ]);
    expect(map.pmRangeFromCodePoints(1, 4)).toEqual({ from: 2, to: 5 });
  });

  it("skips empty paragraphs in the text but counts their positions", () => {
    const map = TextMap.fromDoc(doc(p(), p(t("a")), p(), p(), p(t("b"))));
    expect(map.text).toBe("a\n\nb");
    expect(map.pmRangeFromCodePoints(0, 1)).toEqual({ from: 3, to: 4 });
    expect(map.pmRangeFromCodePoints(3, 4)).toEqual({ from: 10, to: 11 });
  });

  it("keeps newlines inside a code block one-to-one with positions", () => {
    const map = TextMap.fromDoc(doc({ type: "codeBlock", content: [t("a\n\nb")] }, p(t("c"))));
    expect(map.text).toBe("a\n\nb\n\nc");
    expect(map.pmRangeFromCodePoints(1, 3)).toEqual({ from: 2, to: 4 });
    // codeBlock 0..6, paragraph opens at 6, "c" at 7.
    expect(map.pmRangeFromCodePoints(6, 7)).toEqual({ from: 7, to: 8 });
  });

  it("merges bold text split across nodes into one segment", () => {
    const map = TextMap.fromDoc(doc(p(t("plain "), t("bold", [{ type: "bold" }]), t(" end", [{ type: "italic" }]))));
    expect(map.segments).toEqual([{ textStart: 0, pmStart: 1, length: 14, kind: "text" }]);
    expect(map.pmRangeFromCodePoints(6, 10)).toEqual({ from: 7, to: 11 });
  });

  it("skips an inline image, which has a position but no text", () => {
    const map = TextMap.fromDoc(doc(p(t("ab"), { type: "image", attrs: { src: "x" } }, t("cd"))));
    expect(map.text).toBe("abcd");
    expect(map.utf16ToPm(2, "backward")).toBe(3);
    expect(map.utf16ToPm(2, "forward")).toBe(4);
    expect(map.pmRangeFromCodePoints(1, 3)).toEqual({ from: 2, to: 5 });
    expect(map.pmRangeFromCodePoints(2, 2)).toEqual({ from: 4, to: 4 });
    expect(map.codePointsFromPmRange(3, 4)).toEqual({ start: 2, end: 2 });
  });

  it("an emoji before a claim does not shift its code point offsets", () => {
    const map = TextMap.fromDoc(doc(p(t("😀 claim"))));
    expect(map.pmRangeFromCodePoints(2, 7)).toEqual({ from: 4, to: 9 });
    expect(map.codePointsFromPmRange(4, 9)).toEqual({ start: 2, end: 7 });
  });

  it("counts each part of a ZWJ sequence, a flag and a combining mark", () => {
    const text = "👩‍👩‍👧🇫🇷e\u0301x";
    const map = TextMap.fromDoc(doc(p(t(text))));
    // 5 + 2 + 2 code points before "x"; 8 + 4 + 2 UTF-16 units.
    expect(map.pmRangeFromCodePoints(9, 10)).toEqual({ from: 15, to: 16 });
    expect(map.codePointsFromPmRange(15, 16)).toEqual({ start: 9, end: 10 });
  });

  it("rounds a position inside a surrogate pair down to the character's start", () => {
    const map = TextMap.fromDoc(doc(p(t("a😀b"))));
    // "a" at 1, 😀 at 2..4, "b" at 4.
    expect(map.codePointsFromPmRange(3, 5)).toEqual({ start: 1, end: 3 });
    expect(map.codePointsFromPmRange(3, 3)).toEqual({ start: 1, end: 1 });
  });

  it("maps right-to-left text in logical order", () => {
    const map = TextMap.fromDoc(doc(p(t("שלום")), p(t("مرحبا بالعالم"))));
    const start = map.text.indexOf("بالعالم");
    expect(start).toBe(12);
    // Second paragraph's text starts at 7; "مرحبا " is 6 characters.
    expect(map.pmRangeFromCodePoints(start, start + 7)).toEqual({ from: 13, to: 20 });
  });

  it("returns null for ranges outside the text", () => {
    const map = TextMap.fromDoc(doc(p(t("a😀"))));
    expect(map.codePointLength).toBe(2);
    expect(map.pmRangeFromCodePoints(0, 3)).toBeNull();
    expect(map.pmRangeFromCodePoints(-1, 1)).toBeNull();
    expect(map.pmRangeFromCodePoints(2, 1)).toBeNull();
    expect(map.pmRangeFromCodePoints(0.5, 1)).toBeNull();
    expect(map.utf16ToPm(4)).toBeNull();
    expect(map.pmRangeFromCodePoints(0, 2)).toEqual({ from: 1, to: 4 });
  });

  it("handles an empty document", () => {
    const map = TextMap.fromDoc(doc(p()));
    expect(map.text).toBe("");
    expect(map.pmRangeFromCodePoints(0, 0)).toEqual({ from: 0, to: 0 });
    expect(map.codePointsFromPmRange(0, 2)).toEqual({ start: 0, end: 0 });
  });

  it("maps CRLF-imported text like LF text", () => {
    const a = TextMap.fromDoc(docFromPlainText("one\r\ntwo\r\n\r\nthree"));
    const b = TextMap.fromDoc(docFromPlainText("one\ntwo\n\nthree"));
    expect(a.text).toBe("one\ntwo\n\nthree");
    expect(a.segments).toEqual(b.segments);
  });

  it("round-trips every code point range whose ends are not inside a separator", () => {
    const map = TextMap.fromDoc(RICH);
    const n = map.codePointLength;
    for (let start = 0; start <= n; start++) {
      for (let end = start; end <= n; end++) {
        const range = map.pmRangeFromCodePoints(start, end);
        expect(range).not.toBeNull();
        const back = map.codePointsFromPmRange(range!.from, range!.to);
        if (!isInsideSeparator(map, start) && !isInsideSeparator(map, end)) {
          // Ends inside a block separator snap to the nearest text, so the range can only shrink.
          const original = map.text.slice(map.offsets.toUtf16(start), map.offsets.toUtf16(end));
          const mapped = map.text.slice(map.offsets.toUtf16(back.start), map.offsets.toUtf16(back.end));
          expect(original.includes(mapped)).toBe(true);
          const touchesSeparator = original.includes("\n\n") || original.startsWith("\n") || original.endsWith("\n");
          if (!touchesSeparator) expect(back).toEqual({ start, end });
        } else if (start === end) {
          expect(back.start).toBe(back.end);
        } else {
          expect(back.start).toBeGreaterThanOrEqual(start);
          expect(back.end).toBeLessThanOrEqual(end);
        }
      }
    }
  });
});

describe("TextMap on a real ProseMirror document", () => {
  it("builds the same map from JSON and from the ProseMirror node", () => {
    for (const json of [RICH, RICH_FOR_TEXT_BETWEEN, docFromPlainText("a\nb\n\nc 😀"), doc(p())]) {
      const node = pmDoc(json);
      const fromNode = TextMap.fromNodeLike(node);
      const fromJson = TextMap.fromDoc(json);
      expect(fromNode.text).toBe(fromJson.text);
      expect(fromNode.segments).toEqual(fromJson.segments);
      // The JSON round trip through ProseMirror changes nothing either.
      expect(TextMap.fromDoc(node.toJSON() as DocNode).segments).toEqual(fromJson.segments);
    }
  });

  it("points every text segment at the same text in the ProseMirror document", () => {
    const node = pmDoc(RICH);
    const map = TextMap.fromNodeLike(node);
    for (const s of map.segments) {
      const expected = map.text.slice(s.textStart, s.textStart + s.length);
      if (s.kind === "text") {
        expect(node.textBetween(s.pmStart, s.pmStart + s.length)).toBe(expected);
      } else {
        expect(node.nodeAt(s.pmStart)?.type.name).toBe("hardBreak");
        expect(expected).toBe("\n");
      }
    }
  });

  it("agrees with textBetween for every range between text positions", () => {
    const node = pmDoc(RICH_FOR_TEXT_BETWEEN);
    const map = TextMap.fromNodeLike(node);
    const positions = inlinePositions(node);
    for (const from of positions) {
      for (const to of positions) {
        if (to < from) continue;
        const { start, end } = map.codePointsFromPmRange(from, to);
        const expected = node.textBetween(from, to, "\n\n", "\n");
        // A position splitting a surrogate pair rounds down; textBetween keeps half a pair.
        if (expected.length !== 0 && /[\ud800-\udfff]/.test(expected)) {
          const wellFormed = !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(expected);
          if (!wellFormed) continue;
        }
        expect(codePointSlice(map.text, start, end), `${from}..${to}`).toBe(expected);
      }
    }
  });

  it("maps every claim range to positions whose textBetween is the claim's quote", () => {
    const node = pmDoc(RICH_FOR_TEXT_BETWEEN);
    const map = TextMap.fromNodeLike(node);
    const n = map.codePointLength;
    for (let start = 0; start <= n; start += 1) {
      for (let end = start; end <= n; end += 3) {
        if (isInsideSeparator(map, start) || isInsideSeparator(map, end)) continue;
        const range = map.pmRangeFromCodePoints(start, end)!;
        expect(node.textBetween(range.from, range.to, "\n\n", "\n")).toBe(codePointSlice(map.text, start, end));
      }
    }
  });
});

describe("TextMap on a long document", () => {
  it("round-trips thousands of ranges over a 100,000-word document", () => {
    const words = ["claim", "evidence", "source", "verdict", "😀", "שלום", "report", "the"];
    const paragraphs: DocNode[] = [];
    let w = 0;
    for (let i = 0; i < 2000; i++) {
      const parts: DocNode[] = [];
      for (let k = 0; k < 5; k++) {
        let s = "";
        for (let j = 0; j < 10; j++) s += `${words[w++ % words.length]} `;
        parts.push(k % 2 ? t(s, [{ type: "bold" }]) : t(s));
        if (k === 2) parts.push(br);
      }
      paragraphs.push(p(...parts));
    }
    const json = doc(...paragraphs);
    const map = TextMap.fromDoc(json);
    expect(map.text.length).toBeGreaterThan(600_000);

    const n = map.codePointLength;
    let checksum = 0;
    for (let i = 0; i < 10_000; i++) {
      const start = (i * 7919) % n;
      const end = Math.min(n, start + ((i * 31) % 500));
      const range = map.pmRangeFromCodePoints(start, end)!;
      const back = map.codePointsFromPmRange(range.from, range.to);
      // Ends inside a block separator snap to the nearest text, so the range can only shrink.
      const original = map.text.slice(map.offsets.toUtf16(start), map.offsets.toUtf16(end));
      const mapped = map.text.slice(map.offsets.toUtf16(back.start), map.offsets.toUtf16(back.end));
      expect(original.includes(mapped)).toBe(true);
      const touchesSeparator = original.includes("\n\n") || original.startsWith("\n") || original.endsWith("\n");
      if (!touchesSeparator) expect(back).toEqual({ start, end });
      checksum += back.end - back.start;
    }
    expect(checksum).toBeGreaterThan(0);
  });
});
