import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "@/lib/chromium";
import { buildHtmlReport } from "@/lib/export/html-report";
import { claimOn, makeExportDocument, resolution, source } from "@/lib/export/testing/make-export-document";
import type { ExportClaim } from "@/lib/export/types";
import { pdfPageTexts } from "../testing/pdf-text";
import { closePdfRenderer, isPdfBrowserRunning, renderPdf } from "./render-pdf";

const chromium = findChromium();
// Skipped only where no Chromium can be found (CHROMIUM_PATH, Debian's, Playwright's own).
const withChromium = chromium.found ? describe : describe.skip;
if (!chromium.found) console.warn(`PDF tests skipped: ${chromium.reason}`);

afterAll(() => closePdfRenderer());

/** An article of `n` sentences with a claim on each, every tenth resolved with two sources. */
function bigReport(n: number) {
  const sentences = Array.from(
    { length: n },
    (_, i) => `Sentence number ${i + 1} says that claim ${i + 1} happened in the year ${1900 + (i % 120)}.`,
  );
  const text = sentences
    .map((s, i) => (i % 5 === 4 ? `${s}\n\n` : `${s} `))
    .join("")
    .trim();
  const claims: ExportClaim[] = sentences.map((s, i) => {
    const quote = `claim ${i + 1} happened in the year ${1900 + (i % 120)}`;
    const base = claimOn(text, `that ${quote}.`, {
      id: `c${i + 1}`,
      claimText: `Claim ${i + 1}`,
      claimant: `Speaker ${i % 7}`,
    });
    const claim = { ...base, selector: { ...base.selector, exact: `that ${quote}.` } };
    if (i % 10 !== 0) return claim;
    return {
      ...claim,
      status: "resolved" as const,
      resolution: resolution(i % 20 === 0 ? "false" : "true", `Rationale ${i + 1}: checked against the record.`),
      verdicts: [
        {
          userId: "u1",
          userName: "Rita",
          rating: "true",
          confidence: "high" as const,
          rationale: "Checked.",
          updatedAt: "2025-01-21T10:00:00Z",
        },
      ],
      sources: [
        source(`https://example.org/${i}`, { title: `Record ${i}` }),
        source(`https://example.net/${i}`, { kind: "dataset", stance: "refutes" }),
      ],
    };
  });
  return makeExportDocument({ text, claims });
}

withChromium("the PDF renderer", () => {
  it("prints a report with its quotes, launching one browser and reusing it", async () => {
    const doc = bigReport(3);
    const t0 = performance.now();
    const first = await renderPdf(buildHtmlReport(doc));
    const t1 = performance.now();
    const second = await renderPdf(buildHtmlReport(doc));
    const t2 = performance.now();
    console.log(`[pdf] first PDF (with launch) ${Math.round(t1 - t0)} ms, second ${Math.round(t2 - t1)} ms`);
    expect(isPdfBrowserRunning()).toBe(true);
    expect(Buffer.from(first.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(second.byteLength).toBeGreaterThan(1000);
    const text = (await pdfPageTexts(first)).join(" ");
    expect(text).toContain("Russia and Iran sign a treaty");
    expect(text).toContain("claim 2 happened in the year 1901");
  });

  it("loads nothing from the network: a report linking an image and a stylesheet still prints, without them", async () => {
    const html = buildHtmlReport(bigReport(1)).replace(
      "</main>",
      '<img src="http://127.0.0.1:9/x.png" alt="remote"><link rel="stylesheet" href="http://127.0.0.1:9/x.css"></main>',
    );
    const started = performance.now();
    const pdf = await renderPdf(html);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect((await pdfPageTexts(pdf)).join(" ")).toContain("claim 1 happened");
  });

  it("renders a report of 500 claims", async () => {
    const doc = bigReport(500);
    const html = buildHtmlReport(doc);
    const started = performance.now();
    const pdf = await renderPdf(html);
    const ms = Math.round(performance.now() - started);
    const pages = await pdfPageTexts(pdf);
    console.log(
      `[pdf] 500 claims: ${Math.round(html.length / 1024)} KiB of HTML → ${pages.length} pages, ${Math.round(pdf.byteLength / 1024)} KiB of PDF in ${ms} ms`,
    );
    expect(pages.length).toBeGreaterThan(20);
    const all = pages.join(" ");
    expect(all).toContain("claim 1 happened in the year 1900");
    expect(all).toContain("claim 500 happened in the year 1919");
  }, 180_000);

  it("serves many requests at once with the one browser", async () => {
    const pdfs = await Promise.all(Array.from({ length: 5 }, (_, i) => renderPdf(buildHtmlReport(bigReport(i + 1)))));
    expect(pdfs.every((p) => Buffer.from(p.subarray(0, 5)).toString() === "%PDF-")).toBe(true);
  });
});
