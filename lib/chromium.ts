import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Config, getConfig } from "./config";

/**
 * Where Chromium is and how it is launched, for the e2e tests (playwright.config.ts) and the
 * PDF renderer of the reports, so that both find and start it the same way. The networking
 * flags keep Chromium from calling home, which a closed network answers slowly.
 */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Binaries inside a browser folder of Playwright's cache, newest layout first. */
const PLAYWRIGHT_BINARIES = [
  "chrome-linux64/chrome",
  "chrome-linux/chrome",
  "chrome-headless-shell-linux64/chrome-headless-shell",
];

/**
 * A Chromium that `npx playwright install chromium` put in Playwright's cache
 * (`~/.cache/ms-playwright`), the newest first; undefined when there is none. The same lookup
 * as scripts/test.mjs.
 */
export function playwrightChromium(cacheDir = path.join(os.homedir(), ".cache", "ms-playwright")): string | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync(cacheDir);
  } catch {
    return undefined;
  }
  const browsers = entries
    .filter((e) => e.startsWith("chromium"))
    .sort((a, b) => b.localeCompare(a, "en", { numeric: true }));
  for (const entry of browsers) {
    for (const binary of PLAYWRIGHT_BINARIES) {
      const candidate = path.join(cacheDir, entry, binary);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

export type ChromiumLookup =
  | { found: true; path: string; how: "CHROMIUM_PATH" | "Debian's chromium package" | "Playwright's own browser" }
  | { found: false; reason: string };

/** What to install, for a person reading an error. */
export const CHROMIUM_INSTALL_HINT =
  "Install Debian's package (apt-get install chromium, giving /usr/bin/chromium) or Playwright's browser " +
  "(npx playwright install chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.";

/**
 * Looks for Chromium: CHROMIUM_PATH (which must exist when set), then Debian's
 * /usr/bin/chromium, then Playwright's own browser.
 */
export function findChromium(config: Pick<Config, "chromiumPath"> = getConfig()): ChromiumLookup {
  if (config.chromiumPath) {
    if (fs.existsSync(config.chromiumPath)) return { found: true, path: config.chromiumPath, how: "CHROMIUM_PATH" };
    return { found: false, reason: `CHROMIUM_PATH is set to ${config.chromiumPath}, which does not exist.` };
  }
  if (fs.existsSync(DEBIAN_CHROMIUM)) return { found: true, path: DEBIAN_CHROMIUM, how: "Debian's chromium package" };
  const own = playwrightChromium();
  if (own) return { found: true, path: own, how: "Playwright's own browser" };
  return { found: false, reason: "No Chromium was found." };
}

/**
 * The Chromium to use: CHROMIUM_PATH (`config.chromiumPath`), else Debian's, else Playwright's
 * own, else undefined so that Playwright falls back to its default lookup (and says what to
 * install).
 */
export function chromiumExecutablePath(config: Pick<Config, "chromiumPath"> = getConfig()): string | undefined {
  if (config.chromiumPath) return config.chromiumPath;
  const found = findChromium(config);
  return found.found ? found.path : undefined;
}
