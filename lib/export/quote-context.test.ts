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

describe("quoteInContext in a long paragraph", () => {
  // A paragraph of some 30,000 characters without a blank line (a text pasted without them):
  // sentences of every length, abbreviations, quotation marks, numbers, emoji and Hebrew.
  const pieces = [
    "Mr. Lavrov said the treaty “binds neither side” to defend the other.",
    "Officials in the U.S. added that there’s as yet no definitive evidence of missile transfers!",
    "Did Dr. Araghchi confirm it?",
    "The figure, 1.5 billion dollars, was not disclosed 😀 until January.",
    "שלום עולם, said the envoy.",
    "a sentence that starts in lower case and runs on, and on, and on without stopping for breath as a wire story sometimes does when it quotes a long statement word for word",
    "(A parenthesis.)",
    "“Quoted,” she said.",
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const sentences: string[] = [];
  let length = 0;
  while (length < 30_000) {
    const piece = pieces[Math.floor(random() * pieces.length)] as string;
    // Now and then one very long sentence: its context is clipped on either side.
    const sentence = random() < 0.03 ? `${piece.slice(0, -1)} ${"and so forth ".repeat(300)}.` : piece;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  const text = sentences.join(" ");
  const total = codePointLength(text);

  it("reads each quote exactly as if the whole paragraph had been split into sentences", () => {
    for (const maxContext of [280, 40]) {
      for (let n = 0; n < 60; n++) {
        const start = Math.floor(random() * (total - 200));
        const end = start + 1 + Math.floor(random() * 120);
        const windowed = quoteInContext(text, { start, end }, { maxContext });
        const whole = quoteInContext(text, { start, end }, { maxContext, sentenceWindow: Infinity });
        expect(windowed, `${start}–${end}, context ${maxContext}`).toEqual(whole);
      }
    }
  }, 60_000);
});
