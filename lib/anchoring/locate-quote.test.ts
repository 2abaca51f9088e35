import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { foldText } from "./fold";
import { locateNewClaim } from "./locate-quote";
import { OffsetIndex } from "../text/offsets";

const article = readFileSync(new URL("../../fixtures/russia-iran-treaty.txt", import.meta.url), "utf8");
const CLAIM = "there’s as yet no definitive evidence";
const UKR = "in the context of the Ukraine war";

describe("locateNewClaim", () => {
  it("finds a straight-quoted quote in typographic text and returns the document's characters", () => {
    const r = locateNewClaim(article, {
      quote: { type: "TextQuoteSelector", exact: "there's as yet no definitive evidence" },
    });
    expect(r).toEqual({
      start: 2944,
      end: 2981,
      exact: CLAIM,
      prefix: "s suggesting this has happened, ",
      suffix: ".\nLoading…\nRead the full article",
    });
  });

  it("agrees with a position selector in code points when an emoji comes earlier", () => {
    // Five code points in ten UTF-16 units, plus a space: the claim starts at code point 2950
    // but at UTF-16 offset 2955.
    const text = article.replace("The two nations dubbed", "The two nations 🇷🇺🤝🇮🇷 dubbed");
    expect(text.indexOf(CLAIM)).toBe(2955);
    const byQuote = locateNewClaim(text, { quote: { type: "TextQuoteSelector", exact: CLAIM } });
    const byPosition = locateNewClaim(text, {
      position: { type: "TextPositionSelector", start: 2950, end: 2987 },
    });
    expect(byQuote).toMatchObject({ start: 2950, end: 2987, exact: CLAIM });
    expect(byPosition).toEqual(byQuote);
    const both = locateNewClaim(text, {
      quote: { type: "TextQuoteSelector", exact: CLAIM },
      position: { type: "TextPositionSelector", start: 2950, end: 2987 },
    });
    expect(both).toEqual(byQuote);
  });

  it("takes the first of two occurrences when nothing tells them apart", () => {
    const r = locateNewClaim(article, { quote: { type: "TextQuoteSelector", exact: UKR } });
    expect(r).toMatchObject({ start: 257, end: 290, exact: UKR });
  });

  it("lets prefix or suffix pick between two occurrences", () => {
    const byPrefix = locateNewClaim(article, {
      quote: { type: "TextQuoteSelector", exact: UKR, prefix: "ballistic missiles to Russia " },
    });
    expect(byPrefix).toMatchObject({ start: 2836, end: 2869 });
    const bySuffix = locateNewClaim(article, {
      quote: { type: "TextQuoteSelector", exact: UKR, suffix: " as well. While" },
    });
    expect(bySuffix).toMatchObject({ start: 2836, end: 2869 });
    // Straight quotes in the selector's suffix still fold onto the document's curly ones.
    const first = locateNewClaim(article, {
      quote: { type: "TextQuoteSelector", exact: UKR, prefix: "relations grow ", suffix: '. "On January 17' },
    });
    expect(first).toMatchObject({ start: 257, end: 290 });
  });

  it("folds dashes and runs of whitespace, NBSP included", () => {
    const text = "Intro. The ceasefire\u00a0 held — mostly — until Friday.";
    const r = locateNewClaim(text, {
      quote: { type: "TextQuoteSelector", exact: "ceasefire held - mostly -" },
    });
    expect(r).toMatchObject({ start: 11, end: 37, exact: "ceasefire\u00a0 held — mostly —" });
  });

  it("reports a quote that is not in the text", () => {
    expect(locateNewClaim(article, { quote: { type: "TextQuoteSelector", exact: "definitive proof" } })).toEqual({
      error: "not-found",
    });
  });

  it("rejects empty and out-of-range selectors", () => {
    const pos = (start: number, end: number) =>
      locateNewClaim(article, { position: { type: "TextPositionSelector", start, end } });
    expect(pos(10, 10)).toEqual({ error: "empty" });
    expect(pos(-1, 5)).toEqual({ error: "out-of-range" });
    expect(pos(20, 10)).toEqual({ error: "out-of-range" });
    expect(pos(3000, 3019)).toEqual({ error: "out-of-range" });
    expect(pos(1.5, 3)).toEqual({ error: "out-of-range" });
    expect(pos(3000, 3018)).toMatchObject({ exact: " full article here", suffix: "" });
    expect(locateNewClaim(article, { quote: { type: "TextQuoteSelector", exact: "" } })).toEqual({
      error: "empty",
    });
    expect(locateNewClaim(article, {})).toEqual({ error: "empty" });
  });

  it("with both selectors, prefers the position, then the nearest occurrence, else mismatch", () => {
    const quote = { type: "TextQuoteSelector" as const, exact: UKR };
    const at = (start: number, end: number) =>
      locateNewClaim(article, { quote, position: { type: "TextPositionSelector", start, end } });
    expect(at(2836, 2869)).toMatchObject({ start: 2836, end: 2869 });
    // A stale position near the second occurrence picks that one.
    expect(at(2800, 2833)).toMatchObject({ start: 2836, end: 2869 });
    expect(at(300, 333)).toMatchObject({ start: 257, end: 290 });
    expect(at(5000, 5033)).toMatchObject({ start: 2836, end: 2869 });
    // Straight apostrophe at the right position: accepted as folded, document's characters kept.
    expect(
      locateNewClaim(article, {
        quote: { type: "TextQuoteSelector", exact: "there's as yet no definitive evidence" },
        position: { type: "TextPositionSelector", start: 2944, end: 2981 },
      }),
    ).toMatchObject({ start: 2944, end: 2981, exact: CLAIM });
    expect(
      locateNewClaim(article, {
        quote: { type: "TextQuoteSelector", exact: "definitive proof" },
        position: { type: "TextPositionSelector", start: 2944, end: 2981 },
      }),
    ).toEqual({ error: "mismatch" });
  });
});

describe("a text's folded form kept by the caller", () => {
  it("is asked for only when the quote is not there exactly, and gives the same answer as folding anew", () => {
    const index = new OffsetIndex(article);
    let asked = 0;
    const folded = foldText(article);
    const kept = () => {
      asked++;
      return folded;
    };
    const straight = { quote: { type: "TextQuoteSelector", exact: "there's as yet no definitive evidence" } } as const;
    expect(locateNewClaim(article, straight, index, kept)).toEqual(locateNewClaim(article, straight));
    expect(asked).toBe(1);
    locateNewClaim(article, { quote: { type: "TextQuoteSelector", exact: UKR } }, index, kept);
    expect(asked).toBe(1);
  });
});

describe("a selector made on another version of the text", () => {
  const text =
    "The parties agree to cooperate in the field of defense. Later, Article 4 says the parties agree to cooperate in the field of trade.";
  const quote = "the parties agree to cooperate";

  it("follows the context, not the nearest repeat, when the position no longer holds the quote", () => {
    // Made when the second sentence came first: the position points near the first repeat.
    const result = locateNewClaim(text, {
      quote: {
        type: "TextQuoteSelector",
        exact: quote,
        prefix: "Later, Article 4 says ",
        suffix: " in the field of trade.",
      },
      position: { type: "TextPositionSelector", start: 1, end: 31 },
    });
    expect(result).toMatchObject({ exact: quote, start: text.indexOf("the parties agree", 10) });
  });

  it("takes the nearest repeat when no context tells them apart", () => {
    const result = locateNewClaim(text, {
      quote: { type: "TextQuoteSelector", exact: "cooperate in the field of" },
      position: { type: "TextPositionSelector", start: 100, end: 125 },
    });
    expect(result).toMatchObject({ start: text.lastIndexOf("cooperate in the field of") });
  });
});

describe("invalid text in a selector", () => {
  it.each([
    ["a lone high surrogate", "Iran \ud83c"],
    ["a lone low surrogate", "\udf0d and Russia"],
    ["NUL", "Iran\u0000"],
    ["a noncharacter", "Iran\uffff"],
  ])("refuses %s in the quote, never making a zero-width claim", (_name, exact) => {
    expect(locateNewClaim("Iran 🌍 and Russia", { quote: { type: "TextQuoteSelector", exact } })).toEqual({
      error: "invalid-text",
    });
  });

  it("refuses a lone surrogate in the prefix or suffix, and accepts a whole emoji", () => {
    const text = "Iran 🌍 and Russia";
    expect(locateNewClaim(text, { quote: { type: "TextQuoteSelector", exact: "and", prefix: "\udf0d " } })).toEqual({
      error: "invalid-text",
    });
    expect(locateNewClaim(text, { quote: { type: "TextQuoteSelector", exact: "and", suffix: " \ud83c" } })).toEqual({
      error: "invalid-text",
    });
    expect(locateNewClaim(text, { quote: { type: "TextQuoteSelector", exact: "🌍" } })).toMatchObject({
      start: 5,
      end: 6,
      exact: "🌍",
    });
  });
});

describe("choosing among repeats by context", () => {
  it("weighs similar context, so a selector from another tool with other whitespace still finds its occurrence", () => {
    const prefix = "ballistic missiles to Russia\n";
    const r = locateNewClaim(article, {
      quote: { type: "TextQuoteSelector", exact: UKR, prefix, suffix: " as  well." },
    });
    expect(r).toMatchObject({ start: 2836, end: 2869 });
  });

  it("with a position that no longer holds the quote, prefers similar context over distance", () => {
    const r = locateNewClaim(article, {
      quote: { type: "TextQuoteSelector", exact: UKR, prefix: "relations grow ", suffix: ". On January" },
      position: { type: "TextPositionSelector", start: 2800, end: 2833 },
    });
    expect(r).toMatchObject({ start: 257, end: 290 });
  });
});
