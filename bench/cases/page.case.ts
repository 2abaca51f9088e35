import { test } from "vitest";
import { launchChromium, openDocument, signedIn, type PlacedClaim } from "../support/browser";
import { isQuick, median, record, round } from "../support/results";
import { admin, articleText, claimSelectors, deskArticles } from "../support/server";

// The document page in Chromium: a 100,000-word article with 5,000 claims, from the start of the
// navigation until its text is drawn with the highlights of every claim in the part of it on
// screen, against the same article with no claims (until its text is drawn). Loads alternate
// between the two. When every one of the 5,000 highlights is in the page is shown beside it.
/** Far more of the text than any window shows at once (a screenful is under 3,000 code points). */
const FIRST_SCREENS_CODE_POINTS = 30_000;

test("page: 100,000 words and 5,000 claims, until the text and its highlights are drawn", async () => {
  const desk = await deskArticles();
  // The claims as they were made (bench/support/server.ts), with where each starts.
  const selectors = claimSelectors(articleText(100_000, 42), desk.annotated.claimIds.length, 1);
  const claims: PlacedClaim[] = desk.annotated.claimIds.map((id, i) => ({
    id,
    start: selectors[i]!.selector[1].start,
  }));
  const browser = await launchChromium();
  try {
    const context = await signedIn(browser, await admin());
    const textAt: number[] = [];
    const claimsAt: number[] = [];
    const load = async (documentId: string, until: Parameters<typeof openDocument>[2]) => {
      const { page, ms, textMs, claimsMs } = await openDocument(context, documentId, until);
      // What the page asks for after it is drawn (the links' prefetches, the claims' remaining
      // highlights) is let finish: the next load starts on an idle server, as a reader's would.
      await page.waitForTimeout(1500);
      await page.close();
      if ("visible" in until) {
        textAt.push(textMs);
        if (claimsMs !== null) claimsAt.push(claimsMs);
      }
      return ms;
    };
    const plainLoad = () => load(desk.plain.documentId, { text: true });
    // Only claims that could be on the first screen are handed to the page to check (a window
    // shows a few thousand characters at most): handing it all 5,000 to go through at every
    // frame while it loads would slow the very load it measures.
    const firstScreens = claims.filter((c) => c.start < FIRST_SCREENS_CODE_POINTS);
    const annotatedLoad = () => load(desk.annotated.documentId, { visible: firstScreens });
    await plainLoad();
    await annotatedLoad();
    const rounds = isQuick ? 3 : 7;
    const annotated: number[] = [];
    const plain: number[] = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) {
        plain.push(await plainLoad());
        annotated.push(await annotatedLoad());
      } else {
        annotated.push(await annotatedLoad());
        plain.push(await plainLoad());
      }
    }
    const everyHighlight: number[] = [];
    for (let r = 0; r < (isQuick ? 1 : 3); r++)
      everyHighlight.push(await load(desk.annotated.documentId, { all: claims.length }));
    const figure = median(annotated);
    const baseline = median(plain);
    const ratio = figure / baseline;
    const goal = "≤ 1.3 × none, and < 1500 ms";
    const missed = (ms: number) =>
      ms / baseline <= 1.3 && ms < 1500
        ? undefined
        : "the claims arrive after the text is drawn: see docs/PERFORMANCE.md for where the time goes";
    record({
      case: "page",
      figure: Math.round(figure),
      unit: "ms",
      baseline: Math.round(baseline),
      ratio: round(ratio, 2),
      goal,
      met: ratio <= 1.3 && figure < 1500,
      note: missed(figure),
      details: {
        loads: rounds,
        claims: claims.length,
        words: 100_000,
        textDrawnMs: Math.round(median(textAt)),
        claimsArrivedMs: Math.round(median(claimsAt)),
        allHighlightsInPageMs: Math.round(median(everyHighlight)),
      },
    });
    // The stricter reading: until every one of the 5,000 highlights is in the page, scrolled to
    // or not (the row above counts those on screen, as a reader sees them).
    const all = median(everyHighlight);
    record({
      case: "page, every highlight",
      figure: Math.round(all),
      unit: "ms",
      baseline: Math.round(baseline),
      ratio: round(all / baseline, 2),
      goal,
      met: all / baseline <= 1.3 && all < 1500,
      note: missed(all),
      details: { loads: everyHighlight.length, claims: claims.length, words: 100_000 },
    });
  } finally {
    await browser.close();
  }
});
