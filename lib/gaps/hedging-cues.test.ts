import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findHedgingCues, hedgeKinds, hedgingCues } from "./hedging-cues";

const cuesIn = (text: string) => findHedgingCues(text).map((m) => m.cue);

describe("findHedgingCues", () => {
  it("holds at least forty cues, each of a known kind and each found by its own wording", () => {
    expect(hedgingCues.length).toBeGreaterThanOrEqual(40);
    expect(new Set(hedgingCues.map((c) => c.cue)).size).toBe(hedgingCues.length);
    for (const kind of hedgeKinds) expect(hedgingCues.some((c) => c.kind === kind)).toBe(true);
    // Cues whose literal wording is not a match by design.
    const contextual = new Set(["up to", "sources close to"]);
    for (const { cue } of hedgingCues.filter((c) => !contextual.has(c.cue))) {
      expect(findHedgingCues(`Officials note that ${cue} the talks.`).length, cue).toBeGreaterThan(0);
    }
  });

  it("finds the demo article's hedges, folding its curly apostrophe", () => {
    const text =
      "While there have been some reports suggesting this has happened, there’s as yet no definitive evidence.";
    const matches = findHedgingCues(text);
    expect(matches.map(({ cue, kind, text }) => ({ cue, kind, text }))).toEqual([
      { cue: "some reports suggest", kind: "unnamed-attribution", text: "some reports suggesting" },
      { cue: "no definitive evidence", kind: "unverified-status", text: "there’s as yet no definitive evidence" },
    ]);
    const article = readFileSync(new URL("../../fixtures/russia-iran-treaty.txt", import.meta.url), "utf8");
    expect(cuesIn(article)).toEqual(
      expect.arrayContaining(["reportedly", "some reports suggest", "no definitive evidence"]),
    );
  });

  it("folds case and runs of whitespace, and answers code point offsets", () => {
    const text = "🚀 Missiles were REPORTEDLY\n\nsent; it’s   understood.";
    const [reportedly, understood] = findHedgingCues(text);
    // The rocket is one code point (two UTF-16 units): "REPORTEDLY" starts at 16, not 17.
    expect(reportedly).toMatchObject({ cue: "reportedly", start: 16, end: 26, text: "REPORTEDLY" });
    expect(understood).toMatchObject({ cue: "it is understood", text: "it’s   understood" });
    expect([...text].slice(understood!.start, understood!.end).join("")).toBe("it’s   understood");
  });

  it("reads May the month and the name as no hedge, and may the modal as one", () => {
    expect(cuesIn("In May 2024 the ministry signed the treaty.")).toEqual([]);
    expect(cuesIn("The treaty was signed on May 5 in Moscow.")).toEqual([]);
    expect(cuesIn("Talks resumed in mid-May, Theresa May said.")).toEqual([]);
    expect(cuesIn("May 2024 saw the first delivery.")).toEqual([]);
    expect(cuesIn("Iran may have sent missiles in May.")).toEqual(["may have"]);
    expect(cuesIn("The deliveries may resume. May they not.")).toEqual(["may", "may"]);
    expect(cuesIn("This may be the largest transfer so far.")).toEqual(["may be"]);
  });

  it("reads might the noun as no hedge", () => {
    expect(cuesIn("Russia showed its military might in the parade.")).toEqual([]);
    expect(cuesIn("Russia might supply the launchers.")).toEqual(["might"]);
  });

  it("finds could inside a quotation of a named official", () => {
    expect(cuesIn("“Iran could deliver the missiles within weeks,” Foreign Minister Sergei Lavrov said.")).toEqual([
      "could",
    ]);
  });

  it("does not read a report to the police, or words that merely contain a cue, as hedges", () => {
    expect(cuesIn("The theft was reported to the police on Monday.")).toEqual([]);
    expect(cuesIn("The minister reported to parliament that the mayhem had ended.")).toEqual([]);
    expect(cuesIn("Analysts reviewed the Mayor's speech about the likelihood of sanctions.")).toEqual([]);
    expect(cuesIn("Prices rose by up to date measures.")).toEqual([]);
    expect(cuesIn("Missiles were reported to have crossed the border.")).toEqual(["is reported to have"]);
  });

  it("prefers the longer cue where two overlap, so that no words count twice", () => {
    expect(findHedgingCues("The claim could not be independently verified.").map((m) => [m.cue, m.kind])).toEqual([
      ["could not be verified", "unverified-status"],
    ]);
    expect(cuesIn("According to unnamed officials, up to 400 missiles were sent.")).toEqual([
      "according to unnamed officials",
      "up to",
    ]);
    expect(cuesIn("The deal is widely seen as a turning point, sources say.")).toEqual([
      "widely seen as",
      "sources say",
    ]);
  });
});
