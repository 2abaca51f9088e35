/**
 * Runs re-anchoring matchers over the corpus and counts, per kind of edit, what a fact-checker
 * would see: the claim on its own words (right), on other words or where its words are gone
 * (wrong), or orphaned although its words are there (missed).
 */
import type { AnchorStatus } from "../types";
import type { CorpusCase } from "./build-corpus";
import { editKinds, type EditKind } from "./corpus-edits";

/** What a matcher answers for one case: a span in code points, or null when orphaned. */
export interface MatcherAnswer {
  status: AnchorStatus;
  start: number | null;
  end: number | null;
  alternatives?: readonly { start: number; end: number }[];
}

export type Matcher = (c: CorpusCase) => MatcherAnswer;

/**
 * right: on the claim's words; wrong: on other words, or anywhere when its words are gone;
 * missed: orphaned although its words are there; offered: marked fuzzy with alternatives for a
 * person to choose, the right words among them (never silently attached, never lost).
 */
export type Verdict = "right" | "wrong" | "missed" | "offered";

export interface Tally {
  cases: number;
  right: number;
  wrong: number;
  missed: number;
  offered: number;
  /** Answers with status "exact". */
  exact: number;
  /** Answers offering alternatives to a person. */
  ambiguous: number;
}

/**
 * Spans overlapping by at least this share of their union are the same passage: an approximate
 * match may place a boundary a character or two differently and still be on the right words.
 */
const SAME_PASSAGE = 0.8;

function isSamePassage(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 && overlap / union >= SAME_PASSAGE;
}

export function judge(expected: CorpusCase["expected"], answer: MatcherAnswer): Verdict {
  const isOrphaned = answer.start === null || answer.end === null || answer.status === "orphaned";
  if (expected === null) return isOrphaned ? "right" : "wrong";
  if (isOrphaned) return "missed";
  const alternatives = answer.alternatives ?? [];
  if (alternatives.length > 0) return alternatives.some((a) => isSamePassage(a, expected)) ? "offered" : "wrong";
  return isSamePassage({ start: answer.start as number, end: answer.end as number }, expected) ? "right" : "wrong";
}

function emptyTally(): Tally {
  return { cases: 0, right: 0, wrong: 0, missed: 0, offered: 0, exact: 0, ambiguous: 0 };
}

export interface CorpusResult {
  byKind: Record<EditKind, Tally>;
  total: Tally;
  /** The cases judged wrong, for reading what went wrong. */
  wrongCases: { c: CorpusCase; answer: MatcherAnswer }[];
  missedCases: { c: CorpusCase; answer: MatcherAnswer }[];
}

export function runCorpus(cases: readonly CorpusCase[], matcher: Matcher): CorpusResult {
  const byKind = Object.fromEntries(editKinds.map((k) => [k, emptyTally()])) as Record<EditKind, Tally>;
  const total = emptyTally();
  const wrongCases: CorpusResult["wrongCases"] = [];
  const missedCases: CorpusResult["missedCases"] = [];
  for (const c of cases) {
    const answer = matcher(c);
    const verdict = judge(c.expected, answer);
    for (const t of [byKind[c.kind], total]) {
      t.cases++;
      t[verdict]++;
      if (answer.status === "exact") t.exact++;
      if ((answer.alternatives?.length ?? 0) > 0) t.ambiguous++;
    }
    if (verdict === "wrong") wrongCases.push({ c, answer });
    if (verdict === "missed") missedCases.push({ c, answer });
  }
  return { byKind, total, wrongCases, missedCases };
}

/** A plain-text table of several matchers' results side by side, one row per kind of edit. */
export function formatCorpusTable(results: readonly { name: string; result: CorpusResult }[]): string {
  const header = [
    "kind of edit",
    "cases",
    ...results.flatMap(({ name }) => [`${name}: right`, "wrong", "missed", "offered"]),
  ];
  const rows: string[][] = [];
  for (const kind of [...editKinds, "all" as const]) {
    const tallies = results.map(({ result }) => (kind === "all" ? result.total : result.byKind[kind]));
    rows.push([
      kind,
      String(tallies[0]?.cases ?? 0),
      ...tallies.flatMap((t) => [String(t.right), String(t.wrong), String(t.missed), String(t.offered)]),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}
