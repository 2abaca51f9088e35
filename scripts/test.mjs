#!/usr/bin/env node
// `npm test`: format check, lint, type-check, unit tests (vitest), a production build, then the end-to-end
// tests (Playwright) against that build in a real Chromium. Finds Chromium (CHROMIUM_PATH,
// Debian's /usr/bin/chromium, or Playwright's own) and, where it can (root with apt-get),
// installs Debian's; otherwise says what to install. `--e2e-only` skips lint, types and units.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);
const e2eOnly = process.argv.includes("--e2e-only");
const started = Date.now();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function step(title, args, extraEnv = {}) {
  console.log(`\n== ${title}`);
  const t = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  if (r.status !== 0) {
    console.error(`\n${title} FAILED (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
  console.log(`   ${title}: ok in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

function playwrightChromium() {
  try {
    const dir = path.join(os.homedir(), ".cache", "ms-playwright");
    for (const entry of fs.readdirSync(dir)) {
      if (!entry.startsWith("chromium")) continue;
      for (const candidate of [
        "chrome-linux/chrome",
        "chrome-linux64/chrome",
        "chrome-headless-shell-linux64/chrome-headless-shell",
      ]) {
        const p = path.join(dir, entry, candidate);
        if (fs.existsSync(p)) return p;
      }
    }
  } catch {
    /* no Playwright browsers */
  }
  return undefined;
}

function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (fs.existsSync(process.env.CHROMIUM_PATH)) return { path: process.env.CHROMIUM_PATH, how: "from CHROMIUM_PATH" };
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
    process.exit(1);
  }
  if (fs.existsSync("/usr/bin/chromium")) return { path: "/usr/bin/chromium", how: "Debian's chromium package" };
  const own = playwrightChromium();
  if (own) return { path: own, how: "Playwright's own browser" };
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)…");
    const opts = { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
    spawnSync("apt-get", ["update", "-qq"], opts);
    const r = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], opts);
    if (r.status === 0 && fs.existsSync("/usr/bin/chromium"))
      return { path: "/usr/bin/chromium", how: "Debian's chromium package, installed just now" };
  }
  console.error(
    [
      "The end-to-end tests need Chromium and none was found.",
      "Install one of:",
      "  - Debian/Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)",
      "  - Playwright's own: npx playwright install chromium",
      "  - or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    ].join("\n"),
  );
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const chromium = findChromium();
console.log(`Chromium: ${chromium.path} (${chromium.how})`);

if (!e2eOnly) {
  step("format check", [bin("prettier", "bin/prettier.cjs"), "--check", "--log-level", "warn", "."]);
  step("lint", [bin("eslint", "bin/eslint.js"), "."]);
  step("type check", [bin("typescript", "bin/tsc"), "--noEmit", "-p", "."]);
  step("unit tests", [bin("vitest", "vitest.mjs"), "run"]);
}
step("build", [bin("next", "dist/bin/next"), "build"]);

const port = process.env.E2E_PORT ?? String(await freePort());
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-e2e-"));
try {
  step("end-to-end tests", [bin("@playwright/test", "cli.js"), "test"], {
    CHROMIUM_PATH: chromium.path,
    E2E_PORT: port,
    E2E_DATABASE_PATH: path.join(dataDir, "e2e.db"),
  });
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
