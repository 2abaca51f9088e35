import { describe, expect, it } from "vitest";
import { coverage, openSuggestions } from "./open-suggestions";
import type { Suggestion } from "./types";

const s = (start: number, end: number, exact: string): Suggestion => ({ start, end, exact, score: 2, reasons: [] });
const list = [s(0, 10, "First one."), s(11, 21, "Second on."), s(22, 31, "Third on.")];

describe("open suggestions", () => {
  it("leave out a sentence that any claim overlaps, even by one character, but not one a claim only touches", () => {
    expect(openSuggestions(list, { claimed: [{ start: 20, end: 22 }], dismissed: new Set() })).toEqual([
      list[0],
      list[2],
    ]);
    expect(openSuggestions(list, { claimed: [{ start: 10, end: 11 }], dismissed: new Set() })).toEqual(list);
  });

  it("leave out a dismissed sentence by its text, wherever it now is", () => {
    expect(openSuggestions(list, { claimed: [], dismissed: new Set(["Second on."]) })).toEqual([list[0], list[2]]);
  });
});

describe("coverage", () => {
  it("answers as comparing the span with every other one does, for spans of every kind", () => {
    const random = (() => {
      let a = 7;
      return () => (a = (a * 48271) % 2147483647) / 2147483647;
    })();
    const spans = Array.from({ length: 300 }, () => {
      const start = Math.floor(random() * 5000);
      return { start, end: start + 1 + Math.floor(random() * (random() < 0.1 ? 800 : 60)) };
    });
    const isCovered = coverage(spans);
    for (let start = 0; start < 5200; start += 7) {
      for (const length of [1, 5, 40]) {
        const span = { start, end: start + length };
        expect(isCovered(span)).toBe(spans.some((c) => c.start < span.end && c.end > span.start));
      }
    }
    expect(coverage([])({ start: 0, end: 10 })).toBe(false);
  });
});
