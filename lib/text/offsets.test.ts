import { describe, expect, it } from "vitest";
import { codePointLength, OffsetIndex, splitsSurrogatePair } from "./offsets";

const FAMILY = "👩‍👩‍👧"; // 5 code points, 8 UTF-16 units
const FLAG = "🇫🇷"; // 2 regional indicators, 4 UTF-16 units

describe("codePointLength", () => {
  it("counts an astral emoji as one code point", () => {
    expect(codePointLength("😀")).toBe(1);
    expect(codePointLength("a😀b")).toBe(3);
  });

  it("counts each member of a ZWJ sequence and each joiner", () => {
    expect(FAMILY.length).toBe(8);
    expect(codePointLength(FAMILY)).toBe(5);
  });

  it("counts a flag as its two regional indicators", () => {
    expect(codePointLength(FLAG)).toBe(2);
  });

  it("counts a combining mark as a code point of its own", () => {
    expect(codePointLength("e\u0301")).toBe(2);
  });

  it("counts right-to-left letters one per character", () => {
    expect(codePointLength("שלום")).toBe(4);
    expect(codePointLength("مرحبا")).toBe(5);
  });

  it("counts a lone surrogate as one code point, like Array.from", () => {
    for (const s of ["\ud800", "\udc00", "a\ud800b", "\udc00\ud800", "\ud83d\ud83d\ude00"]) {
      expect(codePointLength(s)).toBe(Array.from(s).length);
    }
  });

  it("is the length of the empty string as zero", () => {
    expect(codePointLength("")).toBe(0);
  });
});

describe("OffsetIndex", () => {
  it("leaves offsets alone in text without astral characters", () => {
    const index = new OffsetIndex("héllo שלום مرحبا\r\n");
    for (let i = 0; i <= index.text.length; i++) {
      expect(index.toCodePoint(i)).toBe(i);
      expect(index.toUtf16(i)).toBe(i);
    }
  });

  it("an emoji before a claim shifts its UTF-16 offset but not its code point offset", () => {
    const text = "😀 the claim";
    const index = new OffsetIndex(text);
    expect(text.indexOf("the")).toBe(3);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.toUtf16(2)).toBe(3);
    expect(text.slice(index.toUtf16(2), index.toUtf16(5))).toBe("the");
  });

  it("round-trips every character boundary of mixed text", () => {
    const text = `a😀${FAMILY}e\u0301${FLAG}שלום\ud800مرحبا\r\n😀`;
    const index = new OffsetIndex(text);
    const chars = Array.from(text);
    expect(index.codePointLength).toBe(chars.length);
    let u = 0;
    for (let cp = 0; cp <= chars.length; cp++) {
      expect(index.toUtf16(cp)).toBe(u);
      expect(index.toCodePoint(u)).toBe(cp);
      u += chars[cp]?.length ?? 0;
    }
  });

  it("rounds a UTF-16 offset that splits a surrogate pair down to the pair's start", () => {
    const text = "ab😀cd";
    const index = new OffsetIndex(text);
    expect(splitsSurrogatePair(text, 3)).toBe(true);
    expect(index.toCodePoint(2)).toBe(2);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.toCodePoint(4)).toBe(3);
  });

  it("rounds down inside every pair of a ZWJ sequence", () => {
    const index = new OffsetIndex(FAMILY);
    // 👩(0,1) ZWJ(2) 👩(3,4) ZWJ(5) 👧(6,7)
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((u) => index.toCodePoint(u))).toEqual([0, 0, 1, 2, 2, 3, 4, 4, 5]);
  });

  it("clamps offsets outside the text", () => {
    const index = new OffsetIndex("a😀");
    expect(index.toCodePoint(-4)).toBe(0);
    expect(index.toCodePoint(99)).toBe(2);
    expect(index.toUtf16(-1)).toBe(0);
    expect(index.toUtf16(99)).toBe(3);
  });

  it("treats lone surrogates as one unit each", () => {
    const text = "\udc00x\ud800";
    const index = new OffsetIndex(text);
    expect(index.codePointLength).toBe(3);
    expect(index.toUtf16(2)).toBe(2);
    expect(splitsSurrogatePair(text, 1)).toBe(false);
  });
});

describe("splitsSurrogatePair", () => {
  it("is false at the ends and around BMP characters", () => {
    expect(splitsSurrogatePair("😀", 0)).toBe(false);
    expect(splitsSurrogatePair("😀", 2)).toBe(false);
    expect(splitsSurrogatePair("😀", 1)).toBe(true);
    expect(splitsSurrogatePair("ab", 1)).toBe(false);
  });
});
