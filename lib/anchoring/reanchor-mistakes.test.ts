import { describe, expect, it } from "vitest";
import { OffsetIndex } from "../text/offsets";
import { quoteSelectorAt } from "./context";
import { locateNewClaim } from "./locate-quote";
import { reanchor, reanchorAll } from "./reanchor";
import type { StoredAnchor } from "./types";

/** The claim on the `nth` (0-based) occurrence of `quote` in `text`, as it would be stored. */
function claimOn(text: string, quote: string, nth = 0): StoredAnchor {
  let at = text.indexOf(quote);
  for (let i = 0; i < nth; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`no occurrence ${nth} of ${quote}`);
  const index = new OffsetIndex(text);
  const start = index.toCodePoint(at);
  const end = index.toCodePoint(at + quote.length);
  return { ...quoteSelectorAt(text, start, end, index), start, end };
}

/** Code point offset of the `nth` occurrence of `quote` in `text`. */
function offsetOf(text: string, quote: string, nth = 0): number {
  let at = text.indexOf(quote);
  for (let i = 0; i < nth; i++) at = text.indexOf(quote, at + 1);
  return new OffsetIndex(text).toCodePoint(at);
}

// The five mistakes of issue 8, each from a small text that shows it.
describe("re-anchoring on texts where whole sentences repeat", () => {
  it("1. a repeated sentence with text inserted above keeps the claim on its own copy", () => {
    const sentence = "The Parties shall consult each other on all matters of mutual interest.";
    const old = `Article 1. ${sentence} Trade between them shall be free.\n\nArticle 2. Security is indivisible. ${sentence} Disputes shall be settled by negotiation.`;
    const claim = claimOn(old, sentence, 1);
    const revised = `Preamble. The Parties, recalling their long friendship and guided by the principles of the Charter of the United Nations, have agreed as follows.\n\n${old}`;

    // The first copy now stands about where the claim's own stood: nearness to the old offset
    // points at it. The diff carries the claim's offset to its own copy instead.
    expect(Math.abs(offsetOf(revised, sentence, 0) - (claim.start ?? 0))).toBeLessThan(
      Math.abs(offsetOf(revised, sentence, 1) - (claim.start ?? 0)),
    );
    expect(reanchor(old, revised, claim)).toMatchObject({
      status: "moved",
      start: offsetOf(revised, sentence, 1),
      exact: sentence,
      alternatives: [],
    });
  });

  it("2. a copy of the quote pasted nearby does not take the claim from the original", () => {
    const quote = "the treaty binds neither side to defend the other";
    const old = `The talks lasted a week.\n\nOfficials said ${quote} in case of an attack. Talks continue next month.`;
    const claim = claimOn(old, quote);
    const revised = old.replace("\n\nOfficials", `\n\nAnalysts noted that ${quote}.\n\nOfficials`);

    expect(reanchor(old, revised, claim)).toMatchObject({
      status: "moved",
      start: offsetOf(revised, quote, 1),
      alternatives: [],
    });
  });

  it("2. …also when the copy is the claim's whole sentence, pasted right before its paragraph", () => {
    const sentence = "Both sides deny any transfer of missiles.";
    const old = `Reports differ.\n\n${sentence} Western officials remain unconvinced, citing satellite images.`;
    const claim = claimOn(old, sentence);
    // The diff cannot tell which of the two adjacent copies is new; the rest of the paragraph can.
    const revised = old.replace("\n\nBoth", `\n\n${sentence}\n\nBoth`);

    expect(reanchor(old, revised, claim)).toMatchObject({
      status: "moved",
      start: offsetOf(revised, sentence, 1),
      alternatives: [],
    });
  });

  it("3. the claim's own sentence rewritten while its twin stands elsewhere orphans the claim", () => {
    const sentence = "This Agreement shall not affect obligations under other treaties.";
    const old = `Section 1. Scope. ${sentence} It applies to both territories.\n\nSection 2. Duration. ${sentence} It enters into force on signature.`;
    const claim = claimOn(old, sentence, 1);
    const revised = old.replace(`Duration. ${sentence}`, "Duration. The Agreement is concluded for ten years.");

    expect(reanchor(old, revised, claim)).toMatchObject({
      status: "orphaned",
      start: null,
      end: null,
      exact: sentence,
    });
  });

  it("4. marking picks the occurrence whose context is most similar, not the first", () => {
    const quote = "the Parties shall cooperate in the field of";
    const text = `Under Article 3, ${quote} energy. Under Article 7, ${quote} trade and investment.`;
    const second = offsetOf(text, quote, 1);
    const selector = (prefix: string, suffix: string) => ({
      quote: { type: "TextQuoteSelector" as const, exact: quote, prefix, suffix },
    });

    // A typo in the prefix, another tool's whitespace, other punctuation in the suffix.
    expect(locateNewClaim(text, selector("Under Artcle 7, ", " trade and investment."))).toMatchObject({
      start: second,
    });
    expect(locateNewClaim(text, selector("Under  Article\u00a07,\n", " trade"))).toMatchObject({ start: second });
    expect(locateNewClaim(text, selector("", " trade, and investment"))).toMatchObject({ start: second });
    expect(locateNewClaim(text, selector("Under Article 3,", " energy"))).toMatchObject({
      start: offsetOf(text, quote, 0),
    });
  });

  it("5. an unchanged long quote found once is kept whatever happened around it", () => {
    const quote =
      "The Contracting Parties undertake to refrain from any action that could undermine the sovereignty of the other Party in any forum.";
    expect(quote.length).toBe(130);
    const old = `Article 4 opens the security chapter of the treaty.\n\n${quote}\n\nArticle 5 sets out the consultation mechanism.`;
    const claim = claimOn(old, quote);
    // The paragraphs on both sides rewritten, and the claim's paragraph moved below them.
    const revised = `The security chapter now opens with Article 6.\n\nConsultations are held twice a year under Article 9.\n\n${quote}`;

    expect(reanchor(old, revised, claim)).toMatchObject({
      status: "moved",
      start: offsetOf(revised, quote),
      exact: quote,
    });
  });

  it("5. a word inserted in the middle of a 95-character quote is found as fuzzy", () => {
    const quote = "Western intelligence has warned against the transfer of Iranian ballistic missiles to Russia.";
    expect(quote.length).toBeGreaterThan(90);
    const old = `Sanctions were extended in March. ${quote} Tehran denies it.`;
    const claim = claimOn(old, quote);
    const revised = old.replace("has warned", "has repeatedly warned");
    const edited = quote.replace("has warned", "has repeatedly warned");

    const result = reanchor(old, revised, claim);
    expect(result).toMatchObject({ status: "fuzzy", start: offsetOf(revised, edited), exact: edited });
    expect(result.score).toBeCloseTo(1 - " repeatedly".length / quote.length, 10);
  });
});

describe("ambiguity", () => {
  it("is explicit: a paragraph pasted next to its identical twin makes the claim fuzzy with both offered", () => {
    const paragraph = "No definitive evidence of the transfers has been published.";
    const old = `Reports differ.\n\n${paragraph}\n\nTalks continue.`;
    const claim = claimOn(old, paragraph);
    const revised = old.replace(`${paragraph}\n\n`, `${paragraph}\n\n${paragraph}\n\n`);

    const result = reanchor(old, revised, claim);
    expect(result.status).toBe("fuzzy");
    expect(result.score).toBeCloseTo(0.5, 10);
    expect(result.alternatives.map((a) => a.start).sort((a, b) => a - b)).toEqual([
      offsetOf(revised, paragraph, 0),
      offsetOf(revised, paragraph, 1),
    ]);
    expect(result.alternatives[0]).toMatchObject({ start: result.start, end: result.end, exact: paragraph });
  });
});

describe("bounded cost on hostile input", () => {
  // Timing is measured by `npm run bench`; these check the answers (and would time out, at the
  // test's limit, if the work were not bounded).
  const letters = "a".repeat(2_000_000);
  const index = new OffsetIndex(letters);
  const anchors: StoredAnchor[] = Array.from({ length: 5000 }, (_, i) => {
    const start = (i * 397) % 1_999_000;
    return { ...quoteSelectorAt(letters, start, start + 1, index), start, end: start + 1 };
  });

  it("re-anchors 5,000 one-letter claims on two million copies of the letter", { timeout: 20_000 }, () => {
    const shifted = reanchorAll(letters, `b${letters}`, anchors);
    expect(shifted.every((r, i) => r.status === "moved" && r.start === (anchors[i]?.start ?? 0) + 1)).toBe(true);
    const replaced = reanchorAll(letters, "b".repeat(2_000_000), anchors);
    expect(replaced.every((r) => r.status === "orphaned")).toBe(true);
  });

  it(
    "marks a one-letter quote with kilobytes of context on two million copies of the letter",
    { timeout: 20_000 },
    () => {
      const context = "a".repeat(1000);
      const located = locateNewClaim(
        letters,
        { quote: { type: "TextQuoteSelector", exact: "a", prefix: context, suffix: context } },
        index,
      );
      expect(located).toMatchObject({ exact: "a", prefix: "a".repeat(32), suffix: "a".repeat(32) });
    },
  );
});
