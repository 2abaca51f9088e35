import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { admin, adminApi, signIn } from "./support/accounts";

const DEMO_PROJECT = "Demo: Russia–Iran treaty coverage";
const DEMO_TITLE = /Russia and Iran to sign/;
const DEMO_SLUG = "russia-and-iran-to-sign-comprehensive-strategic-partnership-treaty";

async function openDemoDocument(page: Page) {
  await signIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: DEMO_PROJECT }).click();
  await page.getByRole("link", { name: DEMO_TITLE }).click();
}

test("the document's report shows the demo's claims with their quotes in context and resolutions", async ({ page }) => {
  await openDemoDocument(page);
  await page.getByRole("link", { name: "Verdict report" }).click();
  await expect(page).toHaveURL(/\/documents\/[^/]+\/report$/);
  await expect(page.getByRole("heading", { level: 1, name: DEMO_TITLE })).toBeVisible();

  const claims = page.locator("article.cd-claim");
  await expect(claims).toHaveCount(4);
  // Each claim has an id ClaimReview's url points to, and its quote marked in its sentence.
  await expect(claims.first()).toHaveAttribute("id", /^claim-/);
  const canonical = claims.filter({ has: page.locator("mark", { hasText: "there’s as yet no definitive evidence" }) });
  await expect(canonical).toHaveCount(1);
  await expect(canonical).toContainText("Resolution: Unproven");
  await expect(canonical).toContainText("No primary source confirms or rules out ballistic missile transfers");
  await expect(canonical).toContainText("No source is cited.");
  const kremlin = claims.filter({ hasText: "On January 17, Vladimir Putin will hold talks" });
  await expect(kremlin).toContainText("Resolution: True");
  await expect(kremlin.getByRole("link", { name: /Kremlin press service/ })).toHaveAttribute(
    "href",
    "http://en.kremlin.ru/events/president/news",
  );
  await expect(kremlin).toContainText("Official statement · Credible · Supports the claim");

  await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sourcing gaps" })).toBeVisible();
  await expect(page.getByRole("link", { name: /there’s as yet no definitive evidence/ }).first()).toBeVisible();

  // ClaimReview's url opens the claim in the report.
  const id = await canonical.getAttribute("id");
  await page.goto(`${page.url()}#${id}`);
  await expect(canonical).toBeInViewport();
});

test("the download links give files named after the title, in every format", async ({ page }) => {
  await openDemoDocument(page);
  await page.getByRole("link", { name: "Verdict report" }).click();
  const downloads = page.getByRole("navigation", { name: "Downloads" });
  const expected: [string, string][] = [
    ["HTML", `${DEMO_SLUG}.html`],
    ["PDF", `${DEMO_SLUG}.pdf`],
    ["Markdown", `${DEMO_SLUG}.md`],
    ["CSV", `${DEMO_SLUG}.csv`],
    ["ClaimReview (JSON-LD)", `${DEMO_SLUG}.claimreview.jsonld`],
    ["Web Annotations (JSON-LD)", `${DEMO_SLUG}.annotations.jsonld`],
    ["JSON (for restoring)", `${DEMO_SLUG}.claimdesk.json`],
  ];
  for (const [label, filename] of expected) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByRole("link", { name: label, exact: true }).click(),
    ]);
    expect(download.suggestedFilename(), label).toBe(filename);
    expect(await download.failure(), label).toBeNull();
  }

  // The same links sit on the document page.
  await page.getByRole("link", { name: DEMO_TITLE }).click();
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("navigation", { name: "Downloads" }).getByRole("link", { name: "CSV", exact: true }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`${DEMO_SLUG}.csv`);
});

test("an editor names the project's organisation, and the project's report and ClaimReview carry it", async ({
  page,
  request,
}) => {
  const a = await adminApi(request);
  const name = `Report desk ${randomUUID().slice(0, 6)}`;
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name });
  await a.post(`/api/v1/projects/${projectId}/documents`, {
    title: "First article",
    text: "The first article says the treaty was signed on Friday.",
  });
  await a.post(`/api/v1/projects/${projectId}/documents`, {
    title: "Second article",
    text: "The second article says nothing of the kind.",
  });

  await signIn(page, admin.email, admin.password);
  await page.goto(`/projects/${projectId}`);
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  const settings = page.getByRole("form", { name: "Project settings" });
  await settings.getByLabel("Organisation", { exact: true }).fill("Treaty Watch Desk");
  await settings.getByLabel("Organisation website").fill("https://desk.example.org/");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("Settings saved.");
  await page.goto(`/projects/${projectId}`);
  await expect(page.getByText("Published by")).toContainText("Treaty Watch Desk");

  await page.getByRole("link", { name: "Report", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(contents.getByRole("link", { name: "First article" })).toBeVisible();
  await expect(contents.getByRole("link", { name: "Second article" })).toBeVisible();
  await expect(page.locator(".cd-report").getByRole("link", { name: "Treaty Watch Desk" }).first()).toHaveAttribute(
    "href",
    "https://desk.example.org/",
  );

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("navigation", { name: "Downloads" }).getByRole("link", { name: "PDF", exact: true }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/^report-desk-[a-z0-9]+\.pdf$/);
});
