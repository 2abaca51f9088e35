import { describe, expect, it } from "vitest";
import { openSuggestions } from "./open-suggestions";
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
