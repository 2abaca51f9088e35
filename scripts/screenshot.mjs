#!/usr/bin/env node
// Takes the README's screenshots: the demo document page, its verdict report, the project's
// dashboard and its sourcing-gaps page. Start a
// server on an empty database first (e.g. `DATABASE_PATH=/tmp/shot.db PORT=3300 npm start`), then:
//   node scripts/screenshot.mjs http://127.0.0.1:3300
import fs from "node:fs";
import { chromium } from "playwright-core";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "docs/document-page.png";
const reportOut = process.argv[4] ?? "docs/report-page.png";
const admin = { name: "Ada Lovelace", email: "ada@example.org", password: "correct horse battery staple" };
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const browser = await chromium.launch({
  executablePath,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const setup = await page.request.post(`${base}/api/v1/setup`, { data: admin });
  if (setup.status() !== 201 && setup.status() !== 409) throw new Error(`setup answered ${setup.status()}`);
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/projects/);
  await page.getByRole("link", { name: /^Demo:/ }).click();
  await page.getByRole("link", { name: /Russia and Iran/ }).click();
  await page.waitForURL(/\/documents\//);
  await page.getByRole("textbox", { name: "Document text" }).waitFor();
  // Open the demo's canonical unproven claim, so the picture shows a verdict and its highlight.
  await page.getByRole("button", { name: /there’s as yet no definitive evidence/ }).click();
  await page.getByRole("article", { name: "Claim" }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  fs.mkdirSync("docs", { recursive: true });
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out}`);

  // The same document's verdict report: its metadata, summary and first claims.
  await page.getByRole("link", { name: "Verdict report" }).click();
  await page.waitForURL(/\/report$/);
  await page.locator("article.cd-claim").first().waitFor();
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: reportOut, fullPage: false });
  console.log(`wrote ${reportOut}`);

  // The demo project's dashboard and its sourcing gaps.
  await page.goto(`${base}/projects`);
  await page.getByRole("link", { name: /^Demo:/ }).click();
  await page.waitForURL(/\/projects\/[^/]+$/);
  const project = new URL(page.url()).pathname;
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto(`${base}${project}/dashboard`);
  await page.locator("svg").first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: "docs/dashboard.png", fullPage: false });
  console.log("wrote docs/dashboard.png");
  await page.goto(`${base}${project}/gaps`);
  await page.getByRole("heading", { level: 1, name: "Sourcing gaps" }).waitFor();
  await page.screenshot({ path: "docs/gaps-page.png", fullPage: false });
  console.log("wrote docs/gaps-page.png");
} finally {
  await browser.close();
}
