import { describe, expect, it } from "vitest";
import type { TextPositionSelector, TextQuoteSelector } from "../../anchoring/types";
import { anchorAnnotations, type ImportAnchorResult, type ImportSelectors } from "./anchor-annotations";
import { codePointSpan, DEMO_TEXT } from "./testing/demo-fixtures";

const quote = (exact: string, prefix?: string, suffix?: string): TextQuoteSelector => ({
  type: "TextQuoteSelector",
  exact,
  ...(prefix ? { prefix } : {}),
  ...(suffix ? { suffix } : {}),
});
const position = (start: number, end: number): TextPositionSelector => ({ type: "TextPositionSelector", start, end });

function one(text: string, selectors: ImportSelectors): ImportAnchorResult {
  return anchorAnnotations(text, [selectors])[0] as ImportAnchorResult;
}

describe("anchoring imported annotations", () => {
  it("finds a quote that occurs once, exactly, at its code points", () => {
    const exact = "Iran has reportedly set up a major UAV production facility on Russian soil";
    expect(one(DEMO_TEXT, { quote: quote(exact) })).toMatchObject({
      ...codePointSpan(DEMO_TEXT, exact),
      exact,
      status: "exact",
      score: 1,
    });
  });

  it("counts code points, so that an emoji or a flag before the quote does not shift it", () => {
    const text = "Leaders 🇷🇺🇮🇷 met 😀 today.\n\nThe treaty is not directed against third countries.";
    const exact = "not directed against third countries";
    const result = one(text, { quote: quote(exact) });
    // Four regional indicators and an emoji: five code points of two UTF-16 units each.
    const start = text.indexOf(exact) - 5;
    expect(result).toMatchObject({ start, end: start + exact.length, status: "exact" });
    expect(
      Array.from(text)
        .slice(start, start + exact.length)
        .join(""),
    ).toBe(exact);
  });

  it("finds a quote typed with straight quotes, and stores the document's own characters", () => {
    const result = one(DEMO_TEXT, { quote: quote("there's an axis of rogue states") });
    expect(result).toMatchObject({
      exact: "there’s an axis of rogue states",
      status: "exact",
      ...codePointSpan(DEMO_TEXT, "there’s an axis of rogue states"),
    });
  });

  it("finds a quote with an edit approximately, where its context agrees, as fuzzy with a score", () => {
    const result = one(DEMO_TEXT, {
      quote: quote(
        "lost a key Middle East ally upon the fall of Bashar al-Assad",
        "cow and Tehran early last month ",
        ", after Islamic insurgents rampa",
      ),
    });
    expect(result).toMatchObject({
      exact: "lost a key Middle East ally upon the fall of Bashar al Assad",
      status: "fuzzy",
    });
    expect((result as { score: number }).score).toBeCloseTo(1 - 1 / 60, 5);
    expect(result).toMatchObject(
      codePointSpan(DEMO_TEXT, "lost a key Middle East ally upon the fall of Bashar al Assad"),
    );
  });

  it("reports a quote that is not in the text", () => {
    expect(
      one(DEMO_TEXT, { quote: quote("Iran has already delivered Fath-360 close-range ballistic missiles to Russia") }),
    ).toEqual({
      failure: "quote-not-found",
      message: "The quote is not in the document's text, even approximately.",
    });
  });

  it("lets the context pick among repeats, and reports a repeat it cannot pick as ambiguous", () => {
    // "the Kremlin" occurs twice in the article.
    expect(one(DEMO_TEXT, { quote: quote("the Kremlin") })).toEqual({
      failure: "ambiguous",
      message: "The quote occurs 2 times and its context does not say which.",
    });
    const second = DEMO_TEXT.lastIndexOf("the Kremlin");
    const result = one(DEMO_TEXT, { quote: quote("the Kremlin", "international agenda,” ", " said.") });
    expect(result).toMatchObject({ status: "exact", start: Array.from(DEMO_TEXT.slice(0, second)).length });
  });

  it("takes a code point position that holds the quote, and says `moved` when the quote is elsewhere", () => {
    const exact = "there’s as yet no definitive evidence";
    const span = codePointSpan(DEMO_TEXT, exact);
    expect(one(DEMO_TEXT, { quote: quote(exact), position: position(span.start, span.end) })).toMatchObject({
      ...span,
      status: "exact",
    });
    expect(one(DEMO_TEXT, { quote: quote(exact), position: position(10, 47) })).toMatchObject({
      ...span,
      status: "moved",
    });
    expect(one(DEMO_TEXT, { position: position(span.start, span.end) })).toMatchObject({
      ...span,
      exact,
      status: "exact",
    });
  });

  it("reports a target it cannot use as malformed", () => {
    expect(one(DEMO_TEXT, {})).toMatchObject({ failure: "malformed" });
    expect(one(DEMO_TEXT, { quote: quote("") })).toMatchObject({ failure: "malformed" });
    expect(one(DEMO_TEXT, { position: position(5, 5) })).toMatchObject({ failure: "malformed" });
    expect(one(DEMO_TEXT, { position: position(0, 1_000_000) })).toMatchObject({ failure: "malformed" });
  });

  it("answers in the order asked, each on its own", () => {
    const results = anchorAnnotations(DEMO_TEXT, [
      { quote: quote("the Kremlin") },
      { quote: quote("Putin and Pezeshkian") },
      {},
    ]);
    expect(results.map((r) => ("failure" in r ? r.failure : r.status))).toEqual(["ambiguous", "exact", "malformed"]);
  });
});
