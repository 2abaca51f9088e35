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

/**
 * Milliseconds from the start of the navigation until the document's text is drawn and, when
 * `claims` > 0, a highlight of every one of `claims` claims is in it (checked each frame).
 */
export async function openDocument(
  context: BrowserContext,
  documentId: string,
  claims: number,
): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage();
  await page.goto(`/documents/${documentId}`, { waitUntil: "commit" });
  await page.waitForFunction(
    (expected) => {
      const w = window as typeof window & { benchDrawnAt?: number };
      const text = document.querySelector(".ProseMirror");
      if (!text || text.childElementCount === 0) return false;
      if (expected > 0) {
        const spans = text.querySelectorAll("[data-claim-id]");
        if (spans.length < expected) return false;
        const ids = new Set<string | null>();
        for (const span of spans) ids.add(span.getAttribute("data-claim-id"));
        if (ids.size < expected) return false;
      }
      w.benchDrawnAt ??= performance.now();
      return true;
    },
    claims,
    { polling: "raf", timeout: 120_000 },
  );
  const ms = await page.evaluate(() => (window as typeof window & { benchDrawnAt?: number }).benchDrawnAt as number);
  return { page, ms };
}
