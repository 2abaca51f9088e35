import { test } from "vitest";
import { launchChromium, openDocument, signedIn } from "../support/browser";
import { isQuick, median, record, round } from "../support/results";
import { admin, deskArticles } from "../support/server";

// The document page in Chromium: a 100,000-word article with 5,000 claims, from the start of the
// navigation until the text and every claim's highlight are drawn, against the same article
// with no claims (until its text is drawn). Loads alternate between the two.
test("page: 100,000 words and 5,000 claims, until the highlights are drawn", async () => {
  const desk = await deskArticles();
  const browser = await launchChromium();
  try {
    const context = await signedIn(browser, await admin());
    const load = async (documentId: string, claims: number) => {
      const { page, ms } = await openDocument(context, documentId, claims);
      await page.close();
      return ms;
    };
    await load(desk.plain.documentId, 0);
    await load(desk.annotated.documentId, desk.annotated.claimIds.length);
    const rounds = isQuick ? 3 : 7;
    const annotated: number[] = [];
    const plain: number[] = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) {
        plain.push(await load(desk.plain.documentId, 0));
        annotated.push(await load(desk.annotated.documentId, desk.annotated.claimIds.length));
      } else {
        annotated.push(await load(desk.annotated.documentId, desk.annotated.claimIds.length));
        plain.push(await load(desk.plain.documentId, 0));
      }
    }
    const figure = median(annotated);
    const baseline = median(plain);
    const ratio = figure / baseline;
    record({
      case: "page",
      figure: Math.round(figure),
      unit: "ms",
      baseline: Math.round(baseline),
      ratio: round(ratio, 2),
      goal: "≤ 1.3 × none, and < 1500 ms",
      met: ratio <= 1.3 && figure < 1500,
      details: { loads: rounds, claims: desk.annotated.claimIds.length, words: 100_000 },
    });
  } finally {
    await browser.close();
  }
});
