import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreSentences, suggestCheckWorthySentences } from "./suggest-sentences";
import type { ReasonKind, Suggestion } from "./types";

const article = fs
  .readFileSync(path.resolve(__dirname, "../../fixtures/russia-iran-treaty.txt"), "utf8")
  .split(/\r?\n/)
  .join("\n\n");

const MISSILES = "there’s as yet no definitive evidence";
const UAV = "major UAV production facility on Russian soil";

/** The text's characters in code points [start, end). */
function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

function only(text: string): Suggestion {
  const scored = scoreSentences(text);
  expect(scored).toHaveLength(1);
  return scored[0]!;
}

function kinds(s: Suggestion): ReasonKind[] {
  return s.reasons.map((r) => r.kind);
}

function evidence(s: Suggestion, kind: ReasonKind): string[] {
  return s.reasons.find((r) => r.kind === kind)?.evidence ?? [];
}

describe("suggestions on the demo article", () => {
  const suggestions = suggestCheckWorthySentences(article);
  const rankOf = (words: string) => suggestions.findIndex((s) => s.exact.includes(words));

  it("rank the missile-transfer sentence and the UAV-facility sentence among the top ten", () => {
    expect(rankOf(MISSILES)).toBeGreaterThanOrEqual(0);
    expect(rankOf(MISSILES)).toBeLessThan(10);
    expect(rankOf(UAV)).toBeGreaterThanOrEqual(0);
    expect(rankOf(UAV)).toBeLessThan(10);
  });

  it("suggest whole sentences, with the hedges that make them worth checking", () => {
    const missiles = suggestions[rankOf(MISSILES)]!;
    expect(missiles.exact).toBe(
      "While there have been some reports suggesting this has happened, there’s as yet no definitive evidence.",
    );
    expect(evidence(missiles, "hedge")).toEqual(["some reports suggesting", MISSILES]);
    const uav = suggestions[rankOf(UAV)]!;
    expect(uav.exact).toMatch(/^Russia has since the Ukraine war’s start .* at Moscow’s invitation\.$/);
    expect(kinds(uav)).toEqual(["named-entity", "hedge"]);
    expect(evidence(uav, "hedge")).toEqual(["reportedly"]);
  });

  it("each suggestion's exact is the text between its code point offsets, with a reason, best first", () => {
    expect(suggestions.length).toBeGreaterThan(10);
    for (const s of suggestions) {
      expect(codePointSlice(article, s.start, s.end)).toBe(s.exact);
      expect(s.exact).toBe(s.exact.trim());
      expect(s.exact).not.toMatch(/\n\s*\n/);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("leave out page furniture and opinion quoted alone", () => {
    expect(rankOf("Loading")).toBe(-1);
    expect(rankOf("Read the full article")).toBe(-1);
    expect(rankOf("National independence is of great importance")).toBe(-1);
  });

  it("are the same every time, whatever the process read before", () => {
    const first = suggestCheckWorthySentences(article);
    // wink learns words it has not seen; another text read in between must change nothing.
    suggestCheckWorthySentences("By the week’s end, the week’s close. The week’s news, the week’s.");
    expect(suggestCheckWorthySentences(article)).toEqual(first);
  });
});

describe("sentences and offsets", () => {
  it("offsets count code points: an emoji before a sentence does not shift it", () => {
    const text = "🛰️ Satellite images 🛰️ came first.\n\nThe ministry said 40 drones were launched on 3 March 2024.";
    const [s] = suggestCheckWorthySentences(text);
    expect(s!.exact).toBe("The ministry said 40 drones were launched on 3 March 2024.");
    expect(codePointSlice(text, s!.start, s!.end)).toBe(s!.exact);
    expect(s!.start).toBe(Array.from("🛰️ Satellite images 🛰️ came first.\n\n").length);
  });

  it("a sentence never crosses a paragraph break, but a line break inside a paragraph does not end one", () => {
    const text = "Casualty figures\n\nThe ministry said 40 soldiers\nwere killed in Kursk in 2024.";
    expect(scoreSentences(text).map((s) => s.exact)).toEqual([
      "Casualty figures",
      "The ministry said 40 soldiers\nwere killed in Kursk in 2024.",
    ]);
  });
});

describe("reasons", () => {
  it("a figure, a date, a named body and an attribution", () => {
    const s = only("Unemployment fell to 4.2% in March 2024, the Bureau of Labor Statistics said.");
    expect(evidence(s, "quantity")).toEqual(["4.2%"]);
    expect(evidence(s, "date")).toEqual(["March 2024"]);
    expect(evidence(s, "named-entity")).toEqual(["Bureau of Labor Statistics"]);
    expect(evidence(s, "attribution")).toEqual(["said"]);
  });

  it("money, counts and 'according to'", () => {
    const s = only("According to the ministry, the programme cost $3.5 billion and 1,200 people lost their jobs.");
    expect(evidence(s, "quantity")).toEqual(["$3.5 billion", "1,200"]);
    expect(evidence(s, "attribution")).toEqual(["According to"]);
  });

  it("a comparison with its 'than', and a superlative", () => {
    expect(evidence(only("Prices rose faster than wages in every region last year."), "comparison")).toEqual([
      "faster than",
    ]);
    expect(evidence(only("It was the largest protest the city has seen."), "comparison")).toEqual(["largest"]);
  });

  it("a causal link", () => {
    expect(evidence(only("The flights were cancelled because of the strike at the airport."), "causal")).toEqual([
      "because of",
    ]);
    expect(evidence(only("The sanctions led to a shortage of spare parts for the fleet."), "causal")).toEqual([
      "led to",
    ]);
  });

  it("hedges, from the sourcing-gaps cues", () => {
    expect(evidence(only("Iran has reportedly set up a drone factory near the border."), "hedge")).toEqual([
      "reportedly",
    ]);
  });

  it("not a figure: 'the two sides', a lone 'one'; not a comparison: 'at least'", () => {
    const s = only("Since at least last summer, the two sides have said one thing in public.");
    expect(kinds(s)).not.toContain("quantity");
    expect(kinds(s)).not.toContain("comparison");
    expect(evidence(s, "date")).toEqual(["last summer"]);
  });

  it("a capitalised first word is a name only when the text uses it as one elsewhere", () => {
    expect(evidence(only("Unemployment fell sharply in the spring of that year."), "named-entity")).toEqual([]);
    const text = "Turkey supplied the rebels. Officials in Turkey denied it.";
    expect(evidence(scoreSentences(text)[0]!, "named-entity")).toEqual(["Turkey"]);
  });
});

describe("score", () => {
  it("a question scores less than the same claim stated", () => {
    const stated = only("The army lost 40 tanks near Kursk in March 2024.");
    const asked = only("Did the army lose 40 tanks near Kursk in March 2024?");
    expect(asked.score).toBeLessThan(stated.score);
    expect(asked.score).toBeGreaterThan(0);
  });

  it("a quotation standing alone scores less than the same words attributed", () => {
    const text = "“We lost 40 tanks in March 2024 near Kursk.” The general said 40 tanks were lost in March 2024.";
    const [quoted, attributed] = scoreSentences(text);
    expect(quoted!.isQuoteOnly).toBe(true);
    expect(attributed!.isQuoteOnly).toBe(false);
    expect(quoted!.score).toBeLessThan(attributed!.score);
  });

  it("very short sentences are cut down, and under four words never suggested", () => {
    expect(only("40 tanks were lost.").score).toBeLessThan(only("In all, 40 tanks were lost near the river.").score);
    expect(only("40 tanks lost.").score).toBe(0);
  });

  it("a lone date or name is not enough to be suggested", () => {
    expect(suggestCheckWorthySentences("The meeting ended on Friday without any statement.")).toEqual([]);
  });
});
