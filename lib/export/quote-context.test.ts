import { describe, expect, it } from "vitest";
import { codePointLength } from "../text/offsets";
import { quoteInContext } from "./quote-context";

/** The code point position of the first `quote` in `text`. */
function at(text: string, quote: string) {
  const u = text.indexOf(quote);
  if (u < 0) throw new Error(`not in text: ${quote}`);
  const start = codePointLength(text.slice(0, u));
  return { start, end: start + codePointLength(quote) };
}

const TEXT = [
  "Russia 🇷🇺 and Iran 🇮🇷 signed a treaty on 17 January. There’s as yet no definitive evidence that Iran has transferred ballistic missiles to Russia, U.S. officials said. Mr. Lavrov disagreed.",
  "A heading without a stop",
  "Dr. Jane Roe of the institute said the treaty binds neither side. It was signed in Moscow.",
].join("\n\n");

describe("quoteInContext", () => {
  it("gives the sentence around the quote, an emoji before it notwithstanding", () => {
    const quote = "no definitive evidence";
    expect(quoteInContext(TEXT, at(TEXT, quote))).toEqual({
      before: "There’s as yet ",
      quote,
      after: " that Iran has transferred ballistic missiles to Russia, U.S. officials said.",
      isClippedBefore: false,
      isClippedAfter: false,
    });
  });

  it("spans every sentence the quote touches, and stays inside its paragraph", () => {
    const context = quoteInContext(TEXT, at(TEXT, "officials said. Mr. Lavrov"));
    expect(context?.before).toBe(
      "There’s as yet no definitive evidence that Iran has transferred ballistic missiles to Russia, U.S. ",
    );
    expect(context?.after).toBe(" disagreed.");
    expect(quoteInContext(TEXT, at(TEXT, "without"))).toMatchObject({ before: "A heading ", after: " a stop" });
  });

  it("keeps a title such as Dr. with the sentence it opens", () => {
    const context = quoteInContext(TEXT, at(TEXT, "binds neither side"));
    expect(context).toMatchObject({ before: "Dr. Jane Roe of the institute said the treaty ", after: "." });
  });

  it("clips a long sentence at a word boundary on each side", () => {
    const long = `${"word ".repeat(200)}QUOTE ${"more ".repeat(200)}end.`;
    const context = quoteInContext(long, at(long, "QUOTE"), { maxContext: 30 });
    expect(context).toMatchObject({ quote: "QUOTE", isClippedBefore: true, isClippedAfter: true });
    expect(context!.before).toMatch(/^word( word)* $/);
    expect(Array.from(context!.before).length).toBeLessThanOrEqual(30);
    expect(context!.after).toMatch(/^ more( more)*$/);
  });

  it("is null for a claim without a position, or one outside the text", () => {
    expect(quoteInContext(TEXT, { start: null, end: null })).toBeNull();
    expect(quoteInContext("short", { start: 2, end: 99 })).toBeNull();
  });

  it("accepts a language tag Intl does not know", () => {
    expect(quoteInContext(TEXT, at(TEXT, "signed a treaty"), { language: "not a tag!" })?.quote).toBe(
      "signed a treaty",
    );
  });
});
