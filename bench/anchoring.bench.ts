import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { reanchorAll } from "@/lib/anchoring/reanchor";
import { syntheticAnchors } from "@/lib/anchoring/synthetic-anchors";
import { docFromPlainText } from "@/lib/text/canonical-text";
import { seededRandom, syntheticText } from "@/lib/text/synthetic-text";
import { TextMap } from "@/lib/text/text-map";

// A 100,000-word article (about 600,000 characters) with 3,000 claims on it. The baseline is
// what saving any revision pays anyway: deriving the canonical text and its map from the
// editor's JSON. Re-anchoring is read as a multiple of that.
const vocabulary = readFileSync("fixtures/russia-iran-treaty.txt", "utf8").split(/\s+/);
const random = seededRandom(42);
const text = syntheticText(600_000, random, vocabulary);
const doc = docFromPlainText(text);
const anchors = syntheticAnchors(text, 3000, random);
const shifted = `${text.slice(0, 500)} Inserted 🇮🇷 words ‏مشارکت. ${text.slice(500)}`;
let edited = text;
const r = seededRandom(7);
for (let i = 0; i < 12; i++) {
  const at = Math.floor(r() * (edited.length - 400));
  edited = `${edited.slice(0, at)} Rewritten passage here. ${edited.slice(at + 300)}`;
}

describe(`re-anchoring 3,000 claims on ${text.length.toLocaleString("en")} characters`, () => {
  bench("baseline: canonical text and map of the revision", () => {
    TextMap.fromDoc(doc);
  });
  bench("unchanged text (every claim exact)", () => {
    reanchorAll(text, anchors);
  });
  bench("text inserted at the top (every claim moved)", () => {
    reanchorAll(shifted, anchors);
  });
  bench("12 passages rewritten (a few fuzzy or orphaned)", () => {
    reanchorAll(edited, anchors);
  });
});
