import search from "approx-string-match";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../text/synthetic-text";
import { TrigramIndex } from "./trigram-filter";

const words = readFileSync(new URL("../../fixtures/russia-iran-treaty.txt", import.meta.url), "utf8").split(/\s+/);

describe("TrigramIndex", () => {
  it("never excludes a place where the quote matches within the error bound", () => {
    const random = seededRandom(1);
    const pick = () => words[Math.floor(random() * words.length)] as string;
    let text = "";
    while (text.length < 60_000) text += pick() + (random() < 0.05 ? "\n\n" : " ");
    const index = new TrigramIndex(text);
    let narrowed = 0;
    for (let trial = 0; trial < 60; trial++) {
      const start = Math.floor(random() * (text.length - 300));
      const quote = text.slice(start, start + 20 + Math.floor(random() * 150));
      const k = Math.floor(quote.length * 0.2);
      // Edit a copy of the quote within the bound and put it somewhere else in the text.
      let edited = quote;
      for (let e = 0; e < k; e++) {
        const at = Math.floor(random() * edited.length);
        const op = random();
        edited =
          op < 0.33
            ? edited.slice(0, at) + "x" + edited.slice(at + 1)
            : op < 0.66
              ? edited.slice(0, at) + edited.slice(at + 1)
              : edited.slice(0, at) + "q" + edited.slice(at);
      }
      const at = Math.floor(random() * text.length);
      const hay = text.slice(0, at) + edited + text.slice(at);
      const ranges = new TrigramIndex(hay).candidateRanges(quote, k);
      if (ranges === null) continue;
      narrowed++;
      for (const m of search(hay, quote, k)) {
        expect(ranges.some(([a, b]) => a <= m.start && m.end <= b)).toBe(true);
      }
    }
    expect(narrowed).toBeGreaterThan(30);
    expect(index.candidateRanges("ab", 0)).toBeNull();
  });
});
