import { test } from "vitest";
import { launchChromium, openDocument, signedIn } from "../support/browser";
import { isQuick, percentile, record, round } from "../support/results";
import { admin, deskArticles } from "../support/server";

// Marking a claim in the 100,000-word article with its 5,000 claims, as a reviewer does: words
// selected in the text, Ctrl+Shift+M, until the new claim is highlighted as the open one and
// its panel shows it. Timed in the page from the key's event to the frame that shows both;
// long tasks (over 50 ms) are watched meanwhile.
test("marking: select words → claim highlighted and open, in the 5,000-claim article", async () => {
  const desk = await deskArticles();
  const browser = await launchChromium();
  try {
    const context = await signedIn(browser, await admin());
    const { page } = await openDocument(context, desk.annotated.documentId, { all: desk.annotated.claimIds.length });
    const samples = isQuick ? 25 : 60;
    const times: number[] = [];
    let longest = 0;
    for (let i = 0; i < samples + 3; i++) {
      // Words of a paragraph spread over the article, brought into view, selected.
      const ready = await page.evaluate((n) => {
        const root = document.querySelector(".ProseMirror") as HTMLElement;
        const paragraphs = root.querySelectorAll("p");
        const p = paragraphs[Math.floor((((n * 7919) % 1000) / 1000) * paragraphs.length)] as HTMLElement;
        p.scrollIntoView({ block: "center" });
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let node: Text | null = null;
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          if ((t as Text).data.length >= 60) {
            node = t as Text;
            break;
          }
        }
        if (!node) return false;
        const from = node.data.indexOf(" ", 5) + 1;
        const to = node.data.lastIndexOf(" ", from + 50);
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        root.focus();
        const selection = window.getSelection() as Selection;
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }, i);
      if (!ready) continue;
      // ProseMirror reads the selection on selectionchange: let it, and let the frame settle.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // The watch is set before the key is sent, and its answer collected after.
      await page.evaluate(() => {
        type Done = { ms: number; longest: number };
        const w = window as typeof window & { benchMarked?: Promise<Done> };
        w.benchMarked = new Promise<Done>((resolve, reject) => {
          const known = new Set<string>();
          for (const el of document.querySelectorAll(".ProseMirror [data-claim-id]"))
            known.add(el.getAttribute("data-claim-id") as string);
          let startedAt = 0;
          let longest = 0;
          const longTasks = new PerformanceObserver((list) => {
            for (const e of list.getEntries())
              if (startedAt && e.startTime + e.duration >= startedAt) longest = Math.max(longest, e.duration);
          });
          longTasks.observe({ type: "longtask" });
          window.addEventListener("keydown", (e) => (startedAt = e.timeStamp), { capture: true, once: true });
          const deadline = performance.now() + 30_000;
          const check = () => {
            const panel = document.querySelector("[data-claim-panel]")?.getAttribute("data-claim-panel");
            const isDrawn =
              panel &&
              !known.has(panel) &&
              document.querySelector(`.ProseMirror .claim-active[data-claim-id="${CSS.escape(panel)}"]`);
            if (startedAt && isDrawn) {
              const ms = performance.now() - startedAt;
              // Long tasks are reported after they end: give the last one a moment.
              setTimeout(() => {
                longTasks.disconnect();
                resolve({ ms, longest });
              }, 100);
              return;
            }
            if (performance.now() > deadline) reject(new Error("the new claim was not drawn within 30 s"));
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
      });
      await page.keyboard.press("Control+Shift+M");
      const done = await page.evaluate(
        () => (window as typeof window & { benchMarked: Promise<{ ms: number; longest: number }> }).benchMarked,
      );
      if (i >= 3) {
        times.push(done.ms);
        longest = Math.max(longest, done.longest);
      }
    }
    const p98 = percentile(times, 98);
    record({
      case: "marking",
      figure: round(p98),
      unit: "ms p98",
      baseline: null,
      ratio: null,
      goal: "p98 < 100 ms",
      met: p98 < 100,
      details: { marks: times.length, p50Ms: round(percentile(times, 50)) },
    });
    record({
      case: "marking: longest task",
      figure: round(longest),
      unit: "ms",
      baseline: null,
      ratio: null,
      goal: "no long task > 50 ms",
      met: longest <= 50,
    });
  } finally {
    await browser.close();
  }
});
