import fs from "node:fs";
import { type Config, getConfig } from "./config";

/**
 * Launch flags for headless Chromium, used by the e2e tests (and meant for the PDF renderer of
 * the reports, when it exists, so that both launch it the same way). The
 * networking flags keep Chromium from calling home, which a closed network answers slowly.
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

/**
 * The Chromium to use: CHROMIUM_PATH (`config.chromiumPath`), else Debian's, else undefined so
 * that Playwright falls back to a browser of its own (`npx playwright install`).
 */
export function chromiumExecutablePath(config: Pick<Config, "chromiumPath"> = getConfig()): string | undefined {
  if (config.chromiumPath) return config.chromiumPath;
  if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined;
}
