import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumExecutablePath } from "./lib/chromium";

// scripts/test.mjs picks the port and a fresh database; these defaults serve a direct
// `npx playwright test` after `npm run build`. The first-run setup needs an empty database, so
// each run gets a new one (set in the environment, which the workers inherit).
const port = Number(process.env.E2E_PORT ?? 3210);
process.env.E2E_DATABASE_PATH ??= path.join(os.tmpdir(), `claimdesk-e2e-${Date.now()}-${process.pid}.db`);
const databasePath = process.env.E2E_DATABASE_PATH;
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  forbidOnly: true,
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromiumExecutablePath(), args: chromiumArgs },
  },
  projects: [
    // The first-run setup can happen once per database: it runs first, and every other spec
    // signs in as the admin it created (e2e/support/accounts.ts) and makes its own data.
    { name: "first-run", testMatch: /first-run\.setup\.ts/ },
    { name: "chromium", dependencies: ["first-run"], testMatch: /.*\.spec\.ts/ },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_PATH: databasePath,
      CLAIMDESK_DEMO: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
