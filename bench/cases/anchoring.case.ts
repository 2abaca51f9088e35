import { readFileSync } from "node:fs";
import { test } from "vitest";
import { reanchorAll } from "@/lib/anchoring/reanchor";
import { syntheticAnchors } from "@/lib/anchoring/synthetic-anchors";
import { docFromPlainText } from "@/lib/text/canonical-text";
import { seededRandom, syntheticText } from "@/lib/text/synthetic-text";
import { TextMap } from "@/lib/text/text-map";
import { isQuick, median, record, round } from "../support/results";

// Saving a revision of a 100,000-word article (about 600,000 characters) with 5,000 claims, 5%
// of its text rewritten (100 passages of 300 characters): every claim re-anchored
// (lib/anchoring/reanchor.ts), the same data as bench/anchoring.bench.ts. Shown beside it in the
// details, not judged: deriving the revision's canonical text and map, which any save pays.
test("anchoring: re-anchor 5,000 claims on 600,000 characters, 5% edited", () => {
  const vocabulary = readFileSync("fixtures/russia-iran-treaty.txt", "utf8").split(/\s+/);
  const random = seededRandom(42);
  const text = syntheticText(600_000, random, vocabulary);
  const anchors = syntheticAnchors(text, 5000, random);
  let edited = text;
  const r = seededRandom(7);
  for (let i = 0; i < 100; i++) {
    const at = Math.floor(r() * (edited.length - 400));
    edited = `${edited.slice(0, at)} Rewritten passage here, with other words. ${edited.slice(at + 300)}`;
  }
  const doc = docFromPlainText(edited);

  const times = (fn: () => unknown, n: number) =>
    Array.from({ length: n }, () => {
      const t = performance.now();
      fn();
      return performance.now() - t;
    });
  times(() => reanchorAll(text, edited, anchors), 2);
  const runs = times(() => reanchorAll(text, edited, anchors), isQuick ? 3 : 9);
  const derive = times(() => TextMap.fromDoc(doc), isQuick ? 3 : 9);
  const figure = median(runs);
  const baseline = median(derive);
  record({
    case: "anchoring",
    figure: round(figure),
    unit: "ms",
    baseline: null,
    ratio: null,
    goal: "< 150 ms",
    met: figure < 150,
    details: {
      runs: runs.length,
      bestMs: round(Math.min(...runs)),
      canonicalTextAndMapMs: round(baseline),
      characters: text.length,
      claims: anchors.length,
    },
  });
});
