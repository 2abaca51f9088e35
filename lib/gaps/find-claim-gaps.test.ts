import { describe, expect, it } from "vitest";
import { defaultRatingScale } from "../ratings";
import { findClaimGaps, type GapClaim } from "./find-claim-gaps";
import { gapKinds } from "./gap-kinds";

type Source = GapClaim["sources"][number];

const scale = defaultRatingScale;

function source(overrides: Partial<Source> = {}): Source {
  return {
    url: "https://www.reuters.com/world/a",
    publisher: "Reuters",
    kind: "news-report",
    stance: "supports",
    ...overrides,
  };
}

function claim(overrides: Partial<GapClaim> = {}): GapClaim {
  return {
    claimText: "Russia and Iran signed a strategic partnership treaty.",
    quote: "Russia and Iran signed a strategic partnership treaty.",
    resolution: { rating: "true", rationale: "The treaty text is published." },
    verdicts: [{ userId: "u1", rating: "true", rationale: "See the Kremlin's text." }],
    sources: [source({ url: "http://kremlin.ru/acts/1", publisher: "Kremlin", kind: "primary-document" }), source()],
    ...overrides,
  };
}

const kinds = (c: GapClaim) => findClaimGaps(c, scale).map((g) => g.kind);
const detail = (c: GapClaim, kind: string) => findClaimGaps(c, scale).find((g) => g.kind === kind)?.detail;

describe("gapKinds", () => {
  it("lists DESIGN.md's nine kinds once each, in a stable order, each with an explanation", () => {
    expect(gapKinds.map((g) => g.kind)).toEqual([
      "no-source",
      "single-source",
      "no-primary-source",
      "single-publisher",
      "anonymous-only",
      "hedged-wording",
      "unsupported-verdict",
      "reviewer-disagreement",
      "missing-rationale",
    ]);
    for (const g of gapKinds) expect(g.explanation).toMatch(/^[A-Z].+\.$/);
  });
});

describe("findClaimGaps", () => {
  it("finds no gap in a well-sourced, plainly worded, agreed and explained claim", () => {
    expect(findClaimGaps(claim(), scale)).toEqual([]);
  });

  it("flags the demo's unproven missile claim for its wording and its missing sourcing", () => {
    const quote =
      "While there have been some reports suggesting this has happened, there’s as yet no definitive evidence.";
    const gaps = findClaimGaps(
      claim({
        quote,
        claimText: quote,
        resolution: { rating: "unproven", rationale: "No primary source confirms the transfers." },
        verdicts: [{ userId: "u1", rating: "unproven", rationale: "Sourcing is thin." }],
        sources: [],
      }),
      scale,
    );
    expect(gaps.map((g) => g.kind)).toEqual(["no-source", "hedged-wording"]);
    expect(gaps[1]!.detail).toBe(
      'Hedged wording: "some reports suggest" (unnamed attribution), "no definitive evidence" (unverified status).',
    );
  });

  it("counts the sources: none, exactly one, and none of them primary", () => {
    expect(kinds(claim({ sources: [] }))).toEqual(["no-source", "unsupported-verdict"]);
    const one = claim({ sources: [source()] });
    expect(kinds(one)).toEqual(["single-source", "no-primary-source"]);
    expect(detail(one, "single-source")).toBe("Only one source is cited (Reuters).");
    expect(detail(one, "no-primary-source")).toBe(
      "The only source is a news report, not a primary document, official statement or dataset.",
    );
    const twoReports = claim({ sources: [source(), source({ url: "https://apnews.com/x", publisher: "AP" })] });
    expect(kinds(twoReports)).toEqual(["no-primary-source"]);
    for (const kind of ["official-statement", "dataset"] as const) {
      expect(
        kinds(claim({ sources: [source(), source({ url: "https://data.gov/x", publisher: "Data", kind })] })),
      ).toEqual([]);
    }
  });

  it("sees one publisher behind sources of one name or one registrable domain", () => {
    const bbc = claim({
      sources: [
        source({ url: "https://www.bbc.co.uk/news/1", publisher: "BBC News", kind: "primary-document" }),
        source({ url: "http://news.bbc.co.uk/2", publisher: "BBC World Service" }),
      ],
    });
    expect(detail(bbc, "single-publisher")).toBe("All 2 sources come from one domain: bbc.co.uk.");
    const syndicated = claim({
      sources: [
        source({ url: "https://www.reuters.com/a", publisher: "Reuters", kind: "primary-document" }),
        source({ url: "https://news.yahoo.com/b", publisher: "  reuters " }),
        source({ url: "https://www.theguardian.com/c", publisher: "REUTERS" }),
      ],
    });
    expect(detail(syndicated, "single-publisher")).toBe("All 3 sources come from one publisher: Reuters.");
    const unnamedElsewhere = claim({
      sources: [source({ kind: "primary-document" }), source({ url: "https://apnews.com/x", publisher: null })],
    });
    expect(kinds(unnamedElsewhere)).not.toContain("single-publisher");
  });

  it("flags sourcing that is anonymous throughout", () => {
    const anonymous = source({ kind: "anonymous", publisher: null, url: "https://example.org/tip" });
    expect(detail(claim({ sources: [anonymous] }), "anonymous-only")).toBe("The only source is anonymous.");
    expect(
      detail(claim({ sources: [anonymous, { ...anonymous, url: "https://example.net/t" }] }), "anonymous-only"),
    ).toBe("All 2 sources are anonymous.");
    expect(kinds(claim({ sources: [anonymous, source({ kind: "primary-document" })] }))).not.toContain(
      "anonymous-only",
    );
  });

  it("looks for hedges in the wording and in the quote", () => {
    const reworded = claim({ claimText: "Iran reportedly supplied missiles.", quote: "Iran supplied missiles." });
    expect(detail(reworded, "hedged-wording")).toBe('Hedged wording: "reportedly" (unnamed attribution).');
    const quoted = claim({ claimText: "Iran supplied missiles.", quote: "Iran could supply missiles." });
    expect(detail(quoted, "hedged-wording")).toBe('Hedged wording: "could" (epistemic hedge).');
  });

  describe("unsupported-verdict", () => {
    const withStances = (rating: string, ...stances: Source["stance"][]) =>
      claim({
        resolution: { rating, rationale: "Reasoned." },
        sources: stances.map((stance, i) =>
          source({ stance, url: `https://outlet${i}.example/a`, publisher: `Outlet ${i}`, kind: "dataset" }),
        ),
      });

    it("asks a true-side resolution for a supporting source, a false-side one for a refuting source", () => {
      expect(kinds(withStances("mostly-true", "supports", "context"))).toEqual([]);
      expect(detail(withStances("true", "refutes", "context"), "unsupported-verdict")).toBe(
        'Resolved as "True", but no cited source supports the claim.',
      );
      expect(kinds(withStances("false", "refutes", "context"))).toEqual([]);
      expect(detail(withStances("mostly-false", "supports", "context"), "unsupported-verdict")).toBe(
        'Resolved as "Mostly false", but no cited source refutes the claim.',
      );
    });

    it("puts a rating without a number on the false side, and lets either stance back a mixed one", () => {
      expect(kinds(withStances("misleading", "supports", "context"))).toContain("unsupported-verdict");
      expect(kinds(withStances("misleading", "refutes", "context"))).toEqual([]);
      expect(kinds(withStances("mixed", "supports", "context"))).toEqual([]);
      expect(kinds(withStances("mixed", "refutes", "context"))).toEqual([]);
      expect(detail(withStances("mixed", "context", "context"), "unsupported-verdict")).toBe(
        'Resolved as "Mixed", but no cited source supports or refutes the claim.',
      );
    });

    it("leaves unproven and unresolved claims alone", () => {
      expect(kinds(withStances("unproven", "context", "context"))).toEqual([]);
      expect(kinds({ ...withStances("true", "context", "context"), resolution: null })).toEqual([]);
    });
  });

  describe("reviewer-disagreement", () => {
    const withRatings = (...ratings: string[]) =>
      claim({ verdicts: ratings.map((rating, i) => ({ userId: `u${i}`, rating, rationale: "Reasoned." })) });

    it("needs two numbers two or more apart, and names the widest pair", () => {
      expect(kinds(withRatings("true", "mostly-true", "true"))).toEqual([]);
      expect(detail(withRatings("true", "mixed"), "reviewer-disagreement")).toBe(
        'Verdicts differ: "True" (5) and "Mixed" (3).',
      );
      expect(detail(withRatings("mostly-true", "true", "false", "mixed"), "reviewer-disagreement")).toBe(
        'Verdicts differ: "True" (5) and "False" (1).',
      );
    });

    it("counts any difference where a rating has no number", () => {
      expect(detail(withRatings("false", "misleading"), "reviewer-disagreement")).toBe(
        'Verdicts differ: "False" (1) and "Misleading".',
      );
      expect(kinds(withRatings("unproven", "unproven"))).toEqual([]);
      expect(kinds(withRatings("true"))).toEqual([]);
    });
  });

  it("flags a resolution or verdicts without a rationale, blank counting as none", () => {
    expect(detail(claim({ resolution: { rating: "true", rationale: "  " } }), "missing-rationale")).toBe(
      "The resolution has no rationale.",
    );
    const verdicts = [
      { userId: "u1", rating: "true", rationale: null },
      { userId: "u2", rating: "true", rationale: "Reasoned." },
      { userId: "u3", rating: "true", rationale: "\n" },
    ];
    expect(detail(claim({ verdicts }), "missing-rationale")).toBe("2 of 3 verdicts have no rationale.");
    expect(detail(claim({ verdicts, resolution: { rating: "true", rationale: "" } }), "missing-rationale")).toBe(
      "The resolution and 2 of 3 verdicts have no rationale.",
    );
  });
});
