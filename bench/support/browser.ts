import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumArgs, chromiumExecutablePath } from "@/lib/chromium";
import { baseUrl, type Account } from "./server";

/** Chromium as the e2e tests and the PDF renderer start it (lib/chromium.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs, headless: true });
}

/** A browser context signed in as `account` through the sign-in form, with a desktop-sized window. */
export async function signedIn(browser: Browser, account: Account): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/projects/);
  await page.close();
  return context;
}

/** A claim as the page's timing needs it: its id and where its words start (code points). */
export type PlacedClaim = { id: string; start: number };

/**
 * Opens a document and times it from the start of the navigation, checking each frame (also
 * when its text was first drawn, and when the page's claims had arrived):
 * - `text`: until the text is drawn;
 * - `all`: until every one of `claims` has a highlight in the page;
 * - `visible`: until the text is drawn and every claim whose words start in the part of the
 *   text on screen has its highlight (the part on screen is read from the blocks the window
 *   shows, in canonical-text code points: a block's characters and the two of its separator).
 */
export async function openDocument(
  context: BrowserContext,
  documentId: string,
  until: { text: true } | { all: number } | { visible: PlacedClaim[] },
): Promise<{ page: Page; ms: number; textMs: number; claimsMs: number | null }> {
  const page = await context.newPage();
  await page.goto(`/documents/${documentId}`, { waitUntil: "commit" });
  await page.waitForFunction(
    (until) => {
      const w = window as typeof window & { benchDrawnAt?: number; benchTextAt?: number };
      const text = document.querySelector(".ProseMirror");
      if (!text || text.childElementCount === 0) return false;
      w.benchTextAt ??= performance.now();
      if ("all" in until) {
        const spans = text.querySelectorAll("[data-claim-id]");
        if (spans.length < until.all) return false;
        const ids = new Set<string | null>();
        for (const span of spans) ids.add(span.getAttribute("data-claim-id"));
        if (ids.size < until.all) return false;
      }
      if ("visible" in until) {
        let end = 0;
        for (const block of text.children) {
          if (block.getBoundingClientRect().top >= window.innerHeight) break;
          end += Array.from(block.textContent ?? "").length + 2;
        }
        for (const claim of until.visible) {
          if (claim.start >= end) continue;
          if (!text.querySelector(`[data-claim-id="${CSS.escape(claim.id)}"]`)) return false;
        }
      }
      w.benchDrawnAt ??= performance.now();
      return true;
    },
    until,
    { polling: "raf", timeout: 120_000 },
  );
  const marks = await page.evaluate(() => {
    const w = window as typeof window & { benchDrawnAt?: number; benchTextAt?: number };
    const claims = performance
      .getEntriesByType("resource")
      .find((e) => /\/documents\/[^/]+\/claims$/.test(new URL(e.name).pathname)) as
      PerformanceResourceTiming | undefined;
    return { ms: w.benchDrawnAt as number, textMs: w.benchTextAt as number, claimsMs: claims?.responseEnd ?? null };
  });
  return { page, ...marks };
}
