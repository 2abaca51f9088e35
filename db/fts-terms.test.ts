import { describe, expect, it } from "vitest";
import { ftsTerms } from "./fts-terms";

describe("ftsTerms", () => {
  it("quotes each word, keeps a quoted phrase whole and a trailing * as a prefix", () => {
    expect(ftsTerms("missile transfers")).toEqual(['"missile"', '"transfers"']);
    expect(ftsTerms('"no definitive evidence" Iran')).toEqual(['"no definitive evidence"', '"Iran"']);
    expect(ftsTerms("defen*")).toEqual(['"defen"*']);
  });

  it("reads FTS5 operators, column filters and stray quotes as words", () => {
    expect(ftsTerms("treaty OR NOT NEAR(x) rationale:foo")).toEqual([
      '"treaty"',
      '"OR"',
      '"NOT"',
      '"NEAR(x)"',
      '"rationale:foo"',
    ]);
    expect(ftsTerms('an "unclosed phrase')).toEqual(['"an"', '"unclosed phrase"']);
    expect(ftsTerms("a*b ^start")).toEqual(['"a*b"', '"^start"']);
  });

  it("drops terms without a letter or digit, and repeats", () => {
    expect(ftsTerms('-- ; * "" \' ()')).toEqual([]);
    expect(ftsTerms("   ")).toEqual([]);
    expect(ftsTerms("treaty treaty")).toEqual(['"treaty"']);
    expect(ftsTerms("שלום 😀 ١٢")).toEqual(['"שלום"', '"١٢"']);
  });

  it("keeps at most the first sixteen terms", () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`);
    expect(ftsTerms(words.join(" "))).toHaveLength(16);
  });
});
