import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reanchorLikeHypothesis } from "../hypothesis-baseline";
import { reanchor } from "../reanchor";
import { buildCorpus } from "./build-corpus";
import { editKinds } from "./corpus-edits";
import { formatCorpusTable, judge, runCorpus } from "./run-corpus";

const article = readFileSync(new URL("../../../fixtures/russia-iran-treaty.txt", import.meta.url), "utf8");

describe("the re-anchoring corpus", () => {
  // Accuracy is a count here; `npm run bench` prints the table on more seeds, with timings.
  const cases = buildCorpus({ seeds: [1, 2, 3], claimsPerText: 12, article });
  const ours = runCorpus(cases, (c) => reanchor(c.oldText, c.newText, c.anchor));
  const baseline = runCorpus(cases, (c) => reanchorLikeHypothesis(c.newText, c.anchor));
  const table = formatCorpusTable([
    { name: "ClaimDesk", result: ours },
    { name: "Hypothesis-style", result: baseline },
  ]);

  it("is the same corpus on every run (seeded)", () => {
    const again = buildCorpus({ seeds: [1], claimsPerText: 12, article });
    expect(again.map((c) => [c.kind, c.anchor, c.expected, c.newText.length])).toEqual(
      cases.filter((c) => c.label.includes("#1/")).map((c) => [c.kind, c.anchor, c.expected, c.newText.length]),
    );
    for (const kind of editKinds) expect(ours.byKind[kind].cases, kind).toBeGreaterThan(15);
  });

  it("never attaches a claim to the wrong passage, for any kind of edit", () => {
    const wrong = ours.wrongCases.map(
      ({ c, answer }) => `${c.kind} ${c.label}: ${JSON.stringify(c.anchor.exact)} → ${answer.status} ${answer.start}`,
    );
    expect(wrong, table).toEqual([]);
  });

  it("finds at least as many claims as the Hypothesis-style baseline, kind by kind", () => {
    for (const kind of editKinds)
      expect(ours.byKind[kind].right, `${kind}\n${table}`).toBeGreaterThanOrEqual(baseline.byKind[kind].right);
    expect(ours.total.right).toBeGreaterThan(baseline.total.right);
  });

  it("keeps at least 99% of unchanged quotes exact, and loses none whose words are still there", () => {
    expect(ours.byKind.unchanged.exact / ours.byKind.unchanged.cases).toBeGreaterThanOrEqual(0.99);
    expect(ours.total.missed, table).toBe(0);
  });

  it("judges answers by passage: right, wrong, missed, or offered among alternatives", () => {
    const expected = { start: 10, end: 20 };
    expect(judge(expected, { status: "fuzzy", start: 11, end: 20 })).toBe("right");
    expect(judge(expected, { status: "moved", start: 40, end: 50 })).toBe("wrong");
    expect(judge(expected, { status: "orphaned", start: null, end: null })).toBe("missed");
    expect(judge(null, { status: "orphaned", start: null, end: null })).toBe("right");
    expect(judge(null, { status: "fuzzy", start: 10, end: 20 })).toBe("wrong");
    const alternatives = [
      { start: 40, end: 50 },
      { start: 10, end: 20 },
    ];
    expect(judge(expected, { status: "fuzzy", start: 40, end: 50, alternatives })).toBe("offered");
    expect(
      judge(expected, {
        status: "fuzzy",
        start: 40,
        end: 50,
        alternatives: [
          { start: 40, end: 50 },
          { start: 60, end: 70 },
        ],
      }),
    ).toBe("wrong");
  });
});
