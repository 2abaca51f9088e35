import { describe, expect, it } from "vitest";
import { prefixSimilarity, suffixSimilarity } from "./context-similarity";

describe("context similarity", () => {
  const text = "The minister said on Monday: the treaty binds neither side.";
  const at = text.indexOf("the treaty");

  it("is 1 for the same characters and counts edits next to the quote", () => {
    expect(prefixSimilarity("said on Monday: ", text, at)).toBe(1);
    expect(prefixSimilarity("said on Mondya: ", text, at)).toBeCloseTo(1 - 2 / 16, 10);
    // Anchored at the quote: the same words farther away are not the quote's context.
    expect(prefixSimilarity("The minister said", text, at)).toBeLessThan(0.5);
    expect(suffixSimilarity(" binds neither", text, at + "the treaty".length)).toBe(1);
  });

  it("folds whitespace, quotes and dashes, so another tool's typography costs nothing", () => {
    const curly = "He said “no” — twice. Then left.";
    expect(prefixSimilarity('said "no" - ', curly, curly.indexOf("twice"))).toBe(1);
    expect(suffixSimilarity(" - twice. ", "said no \u00a0—  twice. Then", "said no".length)).toBe(1);
  });

  it("stops at a line break, which stands for 'a paragraph starts here'", () => {
    const text2 = "Last words of one paragraph.\n\nFirst words of the next.";
    const start = text2.indexOf("First");
    // Stored at the start of a paragraph: any paragraph start agrees, whatever came before it.
    expect(prefixSimilarity("of another paragraph.\n\n", text2, start)).toBe(1);
    expect(
      prefixSimilarity("of another paragraph.\n\n", "Mid sentence First words", "Mid sentence ".length),
    ).toBeLessThan(0.5);
    // The start of the document counts as a break.
    expect(prefixSimilarity("paragraph.\n\n", "First words", 0)).toBe(1);
  });

  it("is 0 without stored context, and answers below a floor cheaply when asked", () => {
    expect(prefixSimilarity("", text, at)).toBe(0);
    expect(suffixSimilarity("zzzzzzzzzzzz", "aaaaaaaaaaaaaaaa", 0, undefined, 0.75)).toBeLessThan(0.75);
  });
});
