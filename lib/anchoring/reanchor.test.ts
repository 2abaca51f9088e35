import { readFileSync } from "node:fs";
import { seededRandom, syntheticText } from "../text/synthetic-text";
import { describe, expect, it } from "vitest";
import { quoteSelectorAt } from "./context";
import { editDistanceWithin } from "./edit-distance";
import { reanchor, reanchorAll } from "./reanchor";
import { syntheticAnchors } from "./synthetic-anchors";
import type { AnchorStatus, StoredAnchor } from "./types";

const FIXTURES = new URL("../../fixtures/", import.meta.url);

/** A text in the corpus: literal, or a fixture file with find-and-replace edits applied in order. */
type TextSpec = string | { file: string; edits?: { find: string; replace: string }[] };

interface GoldenCase {
  name: string;
  description: string;
  oldText: TextSpec;
  newText: TextSpec;
  anchor: StoredAnchor;
  expected: { status: AnchorStatus; start: number | null; end: number | null; exact: string; score?: number };
}

function resolveText(spec: TextSpec): string {
  if (typeof spec === "string") return spec;
  let text = readFileSync(new URL(spec.file, FIXTURES), "utf8");
  for (const { find, replace } of spec.edits ?? []) {
    const at = text.indexOf(find);
    // An edit must name one place, so that the expected offsets cannot drift silently.
    if (at === -1 || text.indexOf(find, at + 1) !== -1) throw new Error(`edit not unique: ${find}`);
    text = text.slice(0, at) + replace + text.slice(at + find.length);
  }
  return text;
}

const cases = JSON.parse(readFileSync(new URL("anchoring/reanchor-cases.json", FIXTURES), "utf8")) as GoldenCase[];

describe("reanchor golden cases", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const oldText = resolveText(c.oldText);
    const newText = resolveText(c.newText);
    const { anchor, expected } = c;

    // The stored anchor must be what the old text says at its offsets.
    expect(quoteSelectorAt(oldText, anchor.start ?? 0, anchor.end ?? 0)).toEqual({
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
    });

    const result = reanchor(oldText, newText, anchor);
    expect(result.status).toBe(expected.status);
    expect(result.start).toBe(expected.start);
    expect(result.end).toBe(expected.end);
    expect(result.exact).toBe(expected.exact);

    if (expected.status === "orphaned") {
      expect(result.score).toBeNull();
      expect(result.prefix).toBe(anchor.prefix);
      expect(result.suffix).toBe(anchor.suffix);
    } else {
      expect(result.score).toBeCloseTo(expected.score ?? 1, 10);
      expect(quoteSelectorAt(newText, expected.start ?? 0, expected.end ?? 0)).toEqual({
        exact: result.exact,
        prefix: result.prefix,
        suffix: result.suffix,
      });
    }
  });

  it("gives the same answers one by one and all at once", () => {
    const c = cases.find((x) => x.name === "emoji-inserted-before-moved") as GoldenCase;
    const oldText = resolveText(c.oldText);
    const newText = resolveText(c.newText);
    const anchors = cases.filter((x) => typeof x.oldText !== "string" && !x.oldText.edits?.length).map((x) => x.anchor);
    expect(reanchorAll(oldText, newText, anchors)).toEqual(anchors.map((a) => reanchor(oldText, newText, a)));
  });
});

describe("reanchor edge cases", () => {
  it("orphans an empty quote", () => {
    const r = reanchor("abc", "abc", { exact: "", prefix: "", suffix: "", start: 1, end: 1 });
    expect(r.status).toBe("orphaned");
  });

  it("re-attaches a previously orphaned claim (no position) when its context agrees", () => {
    const text = "One two three. The claim is here, said the minister. Four five.";
    const r = reanchor("One two three. Four five.", text, {
      exact: "The claim is here",
      prefix: "One two three. ",
      suffix: ", said the minister.",
      start: null,
      end: null,
    });
    expect(r).toMatchObject({ status: "moved", start: 15, end: 32, score: 1 });
  });

  it("ignores a stored position beyond the old text", () => {
    const r = reanchor("short text", "short text", { exact: "text", prefix: "short ", suffix: "", start: 90, end: 94 });
    expect(r).toMatchObject({ status: "moved", start: 6, end: 10 });
  });

  it("without the old text, takes the stored offsets as a hint only", () => {
    const text = "The parties agree. Later the parties agree, said the minister.";
    const anchor = { exact: "the parties agree", prefix: "Later ", suffix: ", said the minister.", start: 25, end: 42 };
    expect(reanchor(null, text, anchor)).toMatchObject({ status: "exact", start: 25, end: 42 });
    expect(reanchor(null, text, { ...anchor, start: 20, end: 37 })).toMatchObject({
      status: "moved",
      start: 25,
      end: 42,
    });
  });
});

/** Levenshtein distance over UTF-16 code units: the full dynamic-programming table, no band. */
function levenshtein(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i]![j] = Math.min(rows[i - 1]![j - 1]! + cost, rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

describe("editDistanceWithin", () => {
  it.each([
    ["both empty", "", "", 0, 0],
    ["empty against a word, within the band", "", "abc", 3, 3],
    ["empty against a word, past the band", "", "abc", 2, 3],
    ["a word against empty", "abc", "", 5, 3],
    ["identical, band 0", "kitten", "kitten", 0, 0],
    ["one insertion", "abc", "abxc", 1, 1],
    ["one deletion", "abxc", "abc", 1, 1],
    ["one substitution", "abc", "axc", 1, 1],
    ["one substitution, band 0", "abc", "axc", 0, 1],
    ["distance exactly at the band", "kitten", "sitting", 3, 3],
    ["distance just past the band", "kitten", "sitting", 2, 3],
    ["distance far past the band: k + 1, not the distance", "abcdef", "uvwxyz", 2, 3],
    ["lengths differing by more than the band", "a", "abcd", 2, 3],
    ["a rotation: delete at one end, insert at the other", "abcdef", "bcdefa", 2, 2],
    ["a rotation, band 1", "abcdef", "bcdefa", 1, 2],
    // UTF-16 units: 😀 is D83D DE00, 😁 is D83D DE01, 𝐀 is D835 DC00.
    ["emoji sharing a high surrogate: 1 unit", "😀", "😁", 2, 1],
    ["emoji with different surrogates: 2 units", "😀", "𝐀", 2, 2],
    ["a BMP letter for an emoji: 2 units", "a", "😀", 5, 2],
    ["an emoji deleted: 2 units", "x😀y", "xy", 2, 2],
    ["an emoji deleted, band 1", "x😀y", "xy", 1, 2],
  ])("%s", (_name, a, b, k, expected) => {
    expect(editDistanceWithin(a, b, k)).toBe(expected);
    expect(Math.min(levenshtein(a, b), k + 1)).toBe(expected);
  });

  it("equals the full Levenshtein distance capped at k + 1 on random pairs", () => {
    const random = seededRandom(2024);
    const pieces = ["a", "b", "c", "é", "😀", "😁", "\ud800"];
    const pick = (): string => pieces[Math.floor(random() * pieces.length)] as string;
    let within = 0;
    let past = 0;
    for (let n = 0; n < 500; n++) {
      let a = "";
      const length = Math.floor(random() * 24);
      for (let i = 0; i < length; i++) a += pick();
      // Half the pairs are edited copies (small distances), half unrelated strings (large).
      let b = "";
      if (random() < 0.5) {
        b = a;
        const edits = Math.floor(random() * 6);
        for (let e = 0; e < edits; e++) {
          const at = Math.floor(random() * (b.length + 1));
          const op = random();
          b =
            op < 0.33
              ? b.slice(0, at) + pick() + b.slice(at + 1)
              : op < 0.66
                ? b.slice(0, at) + b.slice(at + 1)
                : b.slice(0, at) + pick() + b.slice(at);
        }
      } else {
        const otherLength = Math.floor(random() * 24);
        for (let i = 0; i < otherLength; i++) b += pick();
      }
      const k = Math.floor(random() * 12);
      const distance = levenshtein(a, b);
      if (distance <= k) within++;
      else past++;
      expect(editDistanceWithin(a, b, k), JSON.stringify({ a, b, k })).toBe(Math.min(distance, k + 1));
    }
    expect(within).toBeGreaterThan(100);
    expect(past).toBeGreaterThan(100);
  });
});

describe("reanchorAll on a long document", () => {
  const random = seededRandom(42);
  const vocabulary = readFileSync(new URL("russia-iran-treaty.txt", FIXTURES), "utf8").split(/\s+/);
  const text = syntheticText(600_000, random, vocabulary);
  const anchors = syntheticAnchors(text, 3000, random);

  // Speed is measured by `npm run bench`, not here; this checks the outcomes at scale.
  function statuses(newText: string): { counts: Record<string, number> } {
    const counts: Record<string, number> = {};
    for (const r of reanchorAll(text, newText, anchors)) counts[r.status] = (counts[r.status] ?? 0) + 1;
    return { counts };
  }

  it("keeps 3,000 claims on a 600k-character text: exact when unchanged, moved when shifted", () => {
    const unchanged = statuses(text);
    expect(unchanged.counts).toEqual({ exact: 3000 });

    // An insertion near the top shifts every claim: each one goes through the exact search.
    const shifted = statuses(text.slice(0, 500) + " Inserted 🇮🇷 words ‏مشارکت. " + text.slice(500));
    expect((shifted.counts.moved ?? 0) + (shifted.counts.exact ?? 0)).toBeGreaterThan(2990);

    // Mostly unchanged, with a dozen sentences rewritten across the document.
    let edited = text;
    const r = seededRandom(7);
    for (let i = 0; i < 12; i++) {
      const at = Math.floor(r() * (edited.length - 400));
      edited = edited.slice(0, at) + " Rewritten passage here. " + edited.slice(at + 300);
    }
    const mixed = statuses(edited);

    expect((mixed.counts.exact ?? 0) + (mixed.counts.moved ?? 0)).toBeGreaterThan(2900);
    expect(mixed.counts.orphaned ?? 0).toBeLessThan(60);
  });
});
