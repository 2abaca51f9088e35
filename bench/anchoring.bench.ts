import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { quoteSelectorAt } from "@/lib/anchoring/context";
import { locateNewClaim } from "@/lib/anchoring/locate-quote";
import { reanchorAll } from "@/lib/anchoring/reanchor";
import { syntheticAnchors } from "@/lib/anchoring/synthetic-anchors";
import type { StoredAnchor } from "@/lib/anchoring/types";
import { docFromPlainText } from "@/lib/text/canonical-text";
import { OffsetIndex } from "@/lib/text/offsets";
import { seededRandom, syntheticText } from "@/lib/text/synthetic-text";
import { TextMap } from "@/lib/text/text-map";

// A 100,000-word article (about 600,000 characters) with 5,000 claims on it. The baseline is
// what saving any revision pays anyway: deriving the canonical text and its map from the
// editor's JSON. Re-anchoring is read as a multiple of that (printed below the tables too).
const vocabulary = readFileSync("fixtures/russia-iran-treaty.txt", "utf8").split(/\s+/);
const random = seededRandom(42);
const text = syntheticText(600_000, random, vocabulary);
const doc = docFromPlainText(text);
const anchors = syntheticAnchors(text, 5000, random);
const shifted = `${text.slice(0, 500)} Inserted 🇮🇷 words ‏مشارکت. ${text.slice(500)}`;
// 5% of the text edited: 100 passages of 300 characters, spread over the document, rewritten.
let edited = text;
const r = seededRandom(7);
for (let i = 0; i < 100; i++) {
  const at = Math.floor(r() * (edited.length - 400));
  edited = `${edited.slice(0, at)} Rewritten passage here, with other words. ${edited.slice(at + 300)}`;
}

function millis(run: () => unknown, times = 7): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe(`re-anchoring 5,000 claims on ${text.length.toLocaleString("en")} characters`, () => {
  bench("baseline: canonical text and map of the revision", () => {
    TextMap.fromDoc(doc);
  });
  bench("unchanged text (every claim exact)", () => {
    reanchorAll(text, text, anchors);
  });
  bench("text inserted at the top (every claim moved)", () => {
    reanchorAll(text, shifted, anchors);
  });
  bench("5% of the text edited (100 passages rewritten)", () => {
    reanchorAll(text, edited, anchors);
  });
});

// Hostile input: two million copies of one letter, 5,000 one-letter claims (and 5,000 of 50
// letters), and new revisions that keep, shift, scatter or replace the letter.
const hostile = "a".repeat(2_000_000);
const hostileIndex = new OffsetIndex(hostile);
function hostileAnchors(length: number): StoredAnchor[] {
  return Array.from({ length: 5000 }, (_, i) => {
    const start = (i * 397) % 1_999_000;
    return { ...quoteSelectorAt(hostile, start, start + length, hostileIndex), start, end: start + length };
  });
}
const letters = hostileAnchors(1);
const words = hostileAnchors(50);
const scattered = (() => {
  const chars = hostile.split("");
  const rr = seededRandom(3);
  for (let k = 0; k < 2000; k++) chars[Math.floor(rr() * chars.length)] = "b";
  return chars.join("");
})();
const revisions: [string, string][] = [
  ["shifted by one letter", `b${hostile}`],
  ["2,000 letters changed at random", scattered],
  ["every other letter changed", "ab".repeat(1_000_000)],
  ["every letter changed", "b".repeat(2_000_000)],
];

describe("hostile input: a new revision of 2,000,000 copies of one letter with 5,000 claims (bound: 1 s)", () => {
  for (const [name, revised] of revisions) {
    bench(
      `one-letter claims, ${name}`,
      () => {
        reanchorAll(hostile, revised, letters);
      },
      { iterations: 3, warmupIterations: 1 },
    );
    bench(
      `50-letter claims, ${name}`,
      () => {
        reanchorAll(hostile, revised, words);
      },
      { iterations: 3, warmupIterations: 1 },
    );
  }
});

describe("hostile input: marking a claim on 2,000,000 copies of one letter (bound: 200 ms)", () => {
  const context = "a".repeat(1000);
  bench("one-letter quote with 1,000-letter prefix and suffix", () => {
    locateNewClaim(
      hostile,
      { quote: { type: "TextQuoteSelector", exact: "a", prefix: context, suffix: context } },
      hostileIndex,
    );
  });
  bench("the same with a typo in the prefix", () => {
    locateNewClaim(
      hostile,
      {
        quote: {
          type: "TextQuoteSelector",
          exact: "a",
          prefix: `${context.slice(0, 990)}b${context.slice(991)}`,
          suffix: context,
        },
      },
      hostileIndex,
    );
  });
});

const baseline = millis(() => TextMap.fromDoc(doc));
const reanchoring = millis(() => reanchorAll(text, edited, anchors));
console.log(
  `\nre-anchoring 5,000 claims after a 5% edit: ${reanchoring.toFixed(1)} ms, ${(reanchoring / baseline).toFixed(2)}× ` +
    `deriving the revision's canonical text and map (${baseline.toFixed(1)} ms); best of 7`,
);
