import { describe, expect, it } from "vitest";
import { seededRandom } from "../text/synthetic-text";
import { boundedMyers, type DiffOp } from "./bounded-myers";
import { diffTexts } from "./diff-texts";

/** Length of a longest common subsequence, by the full dynamic-programming table. */
function lcs(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      rows[i]![j] = a[i - 1] === b[j - 1] ? rows[i - 1]![j - 1]! + 1 : Math.max(rows[i - 1]![j]!, rows[i]![j - 1]!);
    }
  }
  return rows[a.length]![b.length]!;
}

function apply(ops: DiffOp[]): [string, string] {
  let a = "";
  let b = "";
  for (const [op, text] of ops) {
    if (op <= 0) a += text;
    if (op >= 0) b += text;
  }
  return [a, b];
}

describe("boundedMyers", () => {
  it("finds a shortest edit script on random pairs, or says it needs more edits than allowed", () => {
    const random = seededRandom(8);
    const pick = (): string => "abcé😀"[Math.floor(random() * 5)] as string;
    let refused = 0;
    for (let n = 0; n < 400; n++) {
      const a = Array.from({ length: Math.floor(random() * 30) }, pick).join("");
      let b = a;
      for (let e = Math.floor(random() * 8); e > 0; e--) {
        const at = Math.floor(random() * (b.length + 1));
        b = random() < 0.5 ? b.slice(0, at) + pick() + b.slice(at) : b.slice(0, at) + b.slice(at + 1);
      }
      const shortest = a.length + b.length - 2 * lcs(a, b);
      const limit = Math.floor(random() * 12);
      const result = boundedMyers(a, b, limit);
      if (shortest > limit) {
        expect(result).toBeNull();
        refused++;
        continue;
      }
      expect(result?.edits).toBe(shortest);
      expect(apply(result?.ops ?? [])).toEqual([a, b]);
    }
    expect(refused).toBeGreaterThan(20);
  });
});

describe("diffTexts", () => {
  it("carries a span through an insertion above it, exactly", () => {
    const old = "First paragraph.\n\nThe claim is here, said the minister. The end.";
    const revised = `A new opening sentence. ${old}`;
    const span = diffTexts(old, revised).mapSpan(old.indexOf("The claim"), old.indexOf(", said"));
    expect(revised.slice(span.start, span.end)).toBe("The claim is here");
    expect(span).toMatchObject({ isCarried: true, isSureStart: true, isSureEnd: true });
  });

  it("keeps exact boundaries around an edit inside the span", () => {
    const old = "Before. There's as yet no definitive evidence of it. After.";
    const revised = old.replace("as yet", "as of yet");
    const span = diffTexts(old, revised).mapSpan(old.indexOf("There"), old.indexOf(" of it"));
    expect(revised.slice(span.start, span.end)).toBe("There's as of yet no definitive evidence");
    expect(span).toMatchObject({ isCarried: false, isSureStart: true, isSureEnd: true });
  });

  it("sees through a reflow: other line breaks and spaces are not edits", () => {
    const old = "The treaty was signed in January by both leaders after years of talks.";
    const revised = "The treaty was signed\nin January  by both\nleaders after years of talks.";
    const span = diffTexts(old, revised).mapSpan(old.indexOf("in January"), old.indexOf(" after"));
    expect(revised.slice(span.start, span.end)).toBe("in January  by both\nleaders");
    expect(span.isCarried).toBe(true);
  });

  it("maps a deleted span to where it was, and knows it was not carried", () => {
    const old = "Keep this. Delete this sentence entirely. Keep that.";
    const revised = "Keep this. Keep that.";
    const span = diffTexts(old, revised).mapSpan(old.indexOf("Delete"), old.indexOf(" Keep that"));
    expect(span.isCarried).toBe(false);
    expect(span.start).toBe(span.end);
    // At the deletion, on one side or the other of the space it took with it.
    expect(Math.abs(span.start - revised.indexOf("Keep that"))).toBeLessThanOrEqual(1);
  });

  it("maps positions monotonically and keeps to the texts' bounds however coarse the diff", () => {
    const random = seededRandom(3);
    const words = ["the", "treaty", "Iran", "Russia", "signed", "😀", "—", "\n\n", "talks."];
    const make = (n: number): string =>
      Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(" ");
    for (let trial = 0; trial < 20; trial++) {
      const old = make(400);
      const revised = make(400);
      // A budget too small for the texts: what it cannot cover is one replacement.
      for (const map of [diffTexts(old, revised), diffTexts(old, revised, { work: 1000 })]) {
        let last = 0;
        for (let u = 0; u < old.length; u += 7) {
          const { start, end } = map.mapSpan(u, Math.min(old.length, u + 5));
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThanOrEqual(start);
          expect(end).toBeLessThanOrEqual(revised.length);
          last = start;
        }
      }
    }
  });

  it("tells a copy pasted next to its twin from a copy elsewhere", () => {
    const sentence = "Both sides deny any transfer.";
    const old = `Reports differ. ${sentence} Officials remain unconvinced.`;
    const revised = old.replace(`${sentence} `, `${sentence} ${sentence} `);
    const map = diffTexts(old, revised);
    const carried = map.mapSpan(old.indexOf(sentence), old.indexOf(sentence) + sentence.length);
    const twin =
      carried.start === revised.indexOf(sentence) ? revised.lastIndexOf(sentence) : revised.indexOf(sentence);
    expect(map.isSlideOf(carried.start, carried.end, twin)).toBe(true);
    expect(map.isSlideOf(carried.start, carried.end, 0)).toBe(false);
  });
});
