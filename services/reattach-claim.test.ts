import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { quoteSelectorAt } from "@/lib/anchoring/context";
import { reattachClaimSchema } from "@/lib/validation/claim-anchor";
import { getClaim } from "./get-claim";
import { getClaimHistory } from "./get-claim-history";
import { getDocument } from "./get-document";
import { listDocumentClaims } from "./list-document-claims";
import { reattachClaim } from "./reattach-claim";
import { saveRevision } from "./save-revision";
import type { SessionActor } from "./support/actor";
import { desk, mark, quote, rate, rejection } from "./testing/desk";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

function codePoints(s: string): number {
  return Array.from(s).length;
}

/** Code point offset of the `nth` occurrence of `words` in `text`. */
function offsetOf(text: string, words: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`“${words}” is not in the text`);
  return codePoints(text.slice(0, at));
}

/** The selectors the workspace sends for code points [start, end) of `text`: quote with context, and position. */
function selectorAt(text: string, start: number, end: number) {
  return reattachClaimSchema.parse({
    selector: [
      { type: "TextQuoteSelector", ...quoteSelectorAt(text, start, end) },
      { type: "TextPositionSelector", start, end },
    ],
  });
}

function revise(editor: SessionActor, documentId: string, text: string) {
  return saveRevision(editor, documentId, { text }, getDocument(editor, documentId).version);
}

const intro = "Tehran and Moscow signed a comprehensive strategic partnership treaty in January.";
const doubt = "No definitive evidence of the transfers has been published.";
const outro = "Talks continue in Geneva next month.";
const original = [intro, doubt, outro].join("\n\n");

/** A claim on `doubt`, left fuzzy between two identical copies of it by a revision that pasted its twin next to it. */
async function fuzzyBetweenTwins() {
  const d = await desk(original);
  const claim = mark(d.alice, d.documentId, quote(doubt));
  const revised = [intro, doubt, doubt, outro].join("\n\n");
  revise(d.editor, d.documentId, revised);
  const fuzzy = getClaim(d.alice, claim.id);
  return { ...d, claim: fuzzy, revised };
}

describe("the places a fuzzy claim could go", () => {
  it("are in the claim object after a revision it could not be placed for sure, and gone once a revision settles it", async () => {
    const { editor, alice, documentId, claim, revised } = await fuzzyBetweenTwins();
    expect(claim.anchorStatus).toBe("fuzzy");
    expect(claim.anchorAlternatives.map((a) => a.start).sort((a, b) => a - b)).toEqual([
      offsetOf(revised, doubt, 0),
      offsetOf(revised, doubt, 1),
    ]);
    expect(claim.anchorAlternatives[0]).toMatchObject({ start: claim.selector.start, exact: doubt });
    for (const a of claim.anchorAlternatives) expect(a.score).toBeGreaterThan(0);
    // The same in the document's list.
    expect(listDocumentClaims(alice, documentId)[0]?.anchorAlternatives).toEqual(claim.anchorAlternatives);

    revise(editor, documentId, original);
    const settled = getClaim(alice, claim.id);
    expect(settled.anchorStatus).not.toBe("fuzzy");
    expect(settled.anchorAlternatives).toEqual([]);
  });

  it("are empty for a claim marked on words found once", async () => {
    const { alice, documentId } = await desk(original);
    expect(mark(alice, documentId, quote(doubt)).anchorAlternatives).toEqual([]);
  });
});

describe("re-attaching a claim by hand", () => {
  it("puts an orphaned claim on the words a person selected: exact, score 1, a new version, and the history says so", async () => {
    const d = await desk(original);
    const claim = mark(d.alice, d.documentId, quote("No definitive evidence of the transfers"));
    rate(d.alice, claim.id, "unproven");
    const revised = [intro, "Evidence of the transfers is still lacking, officials said.", outro].join("\n\n");
    const [result] = revise(d.editor, d.documentId, revised).claims;
    expect(result?.anchorStatus).toBe("orphaned");
    const orphaned = getClaim(d.alice, claim.id);

    const words = "Evidence of the transfers is still lacking";
    const start = offsetOf(revised, words);
    const attached = reattachClaim(
      d.bob,
      claim.id,
      selectorAt(revised, start, start + codePoints(words)),
      orphaned.version,
    );
    expect(attached).toMatchObject({
      anchorStatus: "exact",
      anchorScore: 1,
      anchorAlternatives: [],
      selector: {
        exact: words,
        start,
        end: start + codePoints(words),
        suffix: expect.stringMatching(/^, officials said\./),
      },
      version: orphaned.version + 1,
      claimText: claim.claimText,
    });
    const asEditorSees = getClaim(d.editor, claim.id);
    expect(asEditorSees).toMatchObject({ selector: attached.selector, anchorStatus: "exact" });
    expect(asEditorSees.verdicts.map((v) => v.rating)).toEqual(["unproven"]);
    expect(getClaimHistory(d.alice, claim.id)[0]?.summary).toBe(`Bob attached it to “${words}”`);

    // The next revision carries it from there like any claim.
    const moved = `A first paragraph.\n\n${revised}`;
    const [carried] = revise(d.editor, d.documentId, moved).claims;
    expect(carried).toMatchObject({ anchorStatus: "moved", start: offsetOf(moved, words) });
  });

  it("attaches a fuzzy claim to the place a person chose among those offered, and clears the others", async () => {
    const { alice, claim, revised } = await fuzzyBetweenTwins();
    const other = claim.anchorAlternatives.find((a) => a.start !== claim.selector.start);
    if (!other) throw new Error("expected a second place");

    const attached = reattachClaim(alice, claim.id, selectorAt(revised, other.start, other.end), claim.version);
    expect(attached).toMatchObject({
      anchorStatus: "exact",
      anchorScore: 1,
      anchorAlternatives: [],
      selector: { start: other.start, end: other.end, exact: doubt },
    });
    expect(getClaimHistory(alice, claim.id)[0]?.summary).toBe(`Alice attached it to “${doubt}”`);
  });

  it("marks a claim orphaned: no position, its quote and verdicts kept, the history says so", async () => {
    const { alice, bob, claim } = await fuzzyBetweenTwins();
    rate(bob, claim.id, "false");
    const fresh = getClaim(alice, claim.id);

    const orphaned = reattachClaim(alice, claim.id, reattachClaimSchema.parse({ orphaned: true }), fresh.version);
    expect(orphaned).toMatchObject({
      anchorStatus: "orphaned",
      anchorScore: null,
      anchorAlternatives: [],
      selector: { exact: doubt, start: null, end: null },
      version: fresh.version + 1,
    });
    expect(getClaim(bob, claim.id).verdicts.map((v) => v.rating)).toEqual(["false"]);
    expect(getClaimHistory(alice, claim.id)[0]?.summary).toBe("Alice marked it orphaned");

    // Doing it again changes nothing and writes no history.
    const again = reattachClaim(alice, claim.id, { orphan: true }, orphaned.version);
    expect(again.version).toBe(orphaned.version);
    expect(getClaimHistory(alice, claim.id)[0]?.summary).toBe("Alice marked it orphaned");
    expect(getClaimHistory(alice, claim.id)[1]?.summary).not.toBe("Alice marked it orphaned");
  });

  it("quotes a long passage in the history by its beginning", async () => {
    const long = `${"The committee heard evidence from many witnesses over several days, ".repeat(3)}and adjourned.`;
    const d = await desk(`${intro}\n\n${long}`);
    const claim = mark(d.alice, d.documentId, quote(intro));
    const start = offsetOf(`${intro}\n\n${long}`, long);
    reattachClaim(d.alice, claim.id, selectorAt(`${intro}\n\n${long}`, start, start + codePoints(long)), claim.version);
    const line = getClaimHistory(d.alice, claim.id)[0]?.summary ?? "";
    expect(line.startsWith("Alice attached it to “The committee heard evidence")).toBe(true);
    expect(line.endsWith("…”")).toBe(true);
    expect(codePoints(line)).toBeLessThan(codePoints("Alice attached it to “”") + 81);
  });
});

describe("what re-attaching refuses", () => {
  it("needs the claim's current version: none is 428, a stale one 412, and nothing changes", async () => {
    const { alice, claim, revised } = await fuzzyBetweenTwins();
    const target = selectorAt(revised, claim.anchorAlternatives[1]!.start, claim.anchorAlternatives[1]!.end);

    expect((await rejection(() => reattachClaim(alice, claim.id, target, undefined))).code).toBe(
      "precondition-required",
    );
    expect((await rejection(() => reattachClaim(alice, claim.id, target, claim.version - 1))).code).toBe(
      "stale-version",
    );
    expect(getClaim(alice, claim.id)).toEqual(claim);
  });

  it("words that are not in the current text are invalid, whatever the version", async () => {
    const { alice, claim } = await fuzzyBetweenTwins();
    const missing = reattachClaimSchema.parse({
      selector: { type: "TextQuoteSelector", exact: "a treaty of alliance" },
    });
    const refused = await rejection(() => reattachClaim(alice, claim.id, missing, undefined));
    expect(refused.code).toBe("invalid");
    expect(refused.fields?.selector).toBeDefined();
    expect(getClaim(alice, claim.id)).toEqual(claim);
  });

  it("a body with both a selector and orphaned, or neither, is refused by the schema", () => {
    expect(reattachClaimSchema.safeParse({}).success).toBe(false);
    expect(
      reattachClaimSchema.safeParse({ orphaned: true, selector: { type: "TextQuoteSelector", exact: "x" } }).success,
    ).toBe(false);
    expect(reattachClaimSchema.safeParse({ orphaned: false }).success).toBe(false);
  });

  it("a viewer may not re-attach a claim (403, and the claim says so), and a non-member finds no claim (404)", async () => {
    const { viewer, outsider, alice, claim } = await fuzzyBetweenTwins();
    expect(getClaim(viewer, claim.id).permissions.reattach).toBe(false);
    expect(getClaim(alice, claim.id).permissions.reattach).toBe(true);
    expect((await rejection(() => reattachClaim(viewer, claim.id, { orphan: true }, claim.version))).code).toBe(
      "forbidden",
    );
    expect((await rejection(() => reattachClaim(outsider, claim.id, { orphan: true }, claim.version))).code).toBe(
      "not-found",
    );
    expect(getClaim(alice, claim.id)).toEqual(claim);
  });
});
