import "server-only";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_INSTALL_HINT, chromiumArgs, findChromium } from "@/lib/chromium";
import { AppError } from "@/lib/errors";

/**
 * PDF reports: the self-contained report HTML printed by headless Chromium through
 * playwright-core.
 *
 * One browser per server process, launched on the first PDF and reused (launching costs far
 * more than a page), closed when the process is told to stop; a fresh browser context per
 * PDF, so nothing is shared between two readers' reports. The page gets the HTML with
 * `setContent`, JavaScript off, and every request it would make refused: the report carries
 * its styles and loads nothing, so the renderer needs no network at all, the server's own
 * included. At most two pages render at once; others wait their turn, so that a burst of
 * downloads cannot multiply Chromium's memory.
 */

const MAX_CONCURRENT_PAGES = 2;
const LAUNCH_TIMEOUT_MS = 30_000;
const RENDER_TIMEOUT_MS = 120_000;

type RendererState = {
  browser: Promise<Browser> | null;
  active: number;
  waiting: (() => void)[];
  hasShutdownHooks: boolean;
};

// Kept on globalThis so that a development server's module reloads share one browser.
const globalForPdf = globalThis as unknown as { claimdeskPdfRenderer?: RendererState };

function state(): RendererState {
  globalForPdf.claimdeskPdfRenderer ??= { browser: null, active: 0, waiting: [], hasShutdownHooks: false };
  return globalForPdf.claimdeskPdfRenderer;
}

function unavailable(message: string): AppError {
  return new AppError("unavailable", `PDF reports need Chromium. ${message} ${CHROMIUM_INSTALL_HINT}`);
}

/**
 * Closes the browser when the process is asked to stop. Playwright's own signal handlers are
 * off (they would swallow SIGTERM in a process with no other handler); when nothing else
 * handles the signal, it is raised again once the browser is closed, so the process still
 * ends as the signal says. On a plain exit, Playwright kills the browser it started.
 */
function installShutdownHooks(s: RendererState): void {
  if (s.hasShutdownHooks) return;
  s.hasShutdownHooks = true;
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
    process.once(signal, () => {
      void closePdfRenderer().finally(() => {
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    });
  }
}

function browser(): Promise<Browser> {
  const s = state();
  if (s.browser) return s.browser;
  const lookup = findChromium();
  if (!lookup.found) return Promise.reject(unavailable(lookup.reason));
  const started = performance.now();
  const launching = chromium
    .launch({
      executablePath: lookup.path,
      args: chromiumArgs,
      timeout: LAUNCH_TIMEOUT_MS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    .then(
      (b) => {
        console.log(
          `[pdf] Chromium (${lookup.how}, ${lookup.path}) launched in ${Math.round(performance.now() - started)} ms`,
        );
        // A crashed or closed browser is launched anew by the next PDF.
        b.on("disconnected", () => {
          if (s.browser === launching) s.browser = null;
        });
        return b;
      },
      (error: unknown) => {
        if (s.browser === launching) s.browser = null;
        console.error(`[pdf] Chromium at ${lookup.path} could not be started:`, error);
        throw unavailable(
          `The Chromium at ${lookup.path} (${lookup.how}) could not be started; the server's log says why.`,
        );
      },
    );
  s.browser = launching;
  installShutdownHooks(s);
  return launching;
}

async function takeTurn(): Promise<() => void> {
  const s = state();
  if (s.active >= MAX_CONCURRENT_PAGES) await new Promise<void>((resolve) => s.waiting.push(resolve));
  s.active++;
  return () => {
    s.active--;
    s.waiting.shift()?.();
  };
}

/**
 * `html`, a self-contained document (styles inlined, nothing to load), printed to an A4 PDF
 * with its backgrounds. Refused with 503 (`unavailable`) when no Chromium is found or it does
 * not start.
 */
export async function renderPdf(html: string): Promise<Uint8Array> {
  const b = await browser();
  const done = await takeTurn();
  const context = await b.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route("**/*", (route) => route.abort("blockedbyclient"));
    const page = await context.newPage();
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await context.close().catch(() => undefined);
    done();
  }
}

/** Closes the browser, if one was launched; the next PDF launches another. */
export async function closePdfRenderer(): Promise<void> {
  const s = state();
  const launching = s.browser;
  s.browser = null;
  if (!launching) return;
  try {
    await (await launching).close();
  } catch {
    // It never started, or is gone already.
  }
}

/** Whether a browser is up (for tests of the one-browser-per-process rule). */
export function isPdfBrowserRunning(): boolean {
  return state().browser !== null;
}
