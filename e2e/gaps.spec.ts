import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { admin, adminApi, apiToken, createUser, signIn } from "./support/accounts";

const article = fs.readFileSync(path.join(process.cwd(), "fixtures/russia-iran-treaty.txt"), "utf8");
const QUOTE = "there’s as yet no definitive evidence";
const quoteLink = /there’s as yet no definitive evidence/;

const section = (page: Page, label: string) => page.getByRole("region", { name: label, exact: true });

test("the demo's gaps page lists the no-definitive-evidence claim under hedged wording and no source", async ({
  page,
}) => {
  await signIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Demo: Russia–Iran treaty coverage" }).click();
  await page.getByRole("link", { name: "Sourcing gaps" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sourcing gaps" })).toBeVisible();

  for (const label of ["Hedged wording", "No source"]) {
    await expect(section(page, label).getByRole("link", { name: quoteLink })).toBeVisible();
  }
  await expect(section(page, "Hedged wording")).toContainText('"no definitive evidence" (unverified status)');
  // Resolved as unproven: it asserts no evidence, so it is no unsupported verdict.
  await expect(section(page, "Hedged wording").getByRole("row", { name: quoteLink })).toContainText("Unproven");
  await expect(section(page, "Unsupported verdict").getByRole("link", { name: quoteLink })).toHaveCount(0);

  // The filter is a plain GET form: the view lives in the URL.
  await page.getByLabel("Kind").selectOption("hedged-wording");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]kind=hedged-wording/);
  await expect(section(page, "Hedged wording").getByRole("link", { name: quoteLink })).toBeVisible();
  await expect(section(page, "No source")).toHaveCount(0);
});

/** A project of its own holding the demo article and its unproven claim, so the demo stays as seeded. */
async function arrange(request: APIRequestContext) {
  const a = await adminApi(request);
  const editor = await createUser(request, "Gail Gaps-Editor");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: `Gaps desk ${Date.now()}` });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: editor.id, role: "editor" });
  const { id: documentId } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: "Russia and Iran to sign treaty",
    text: article.split(/\r?\n/).join("\n\n"),
    language: "en",
  });
  const token = await apiToken(request, editor.email, editor.password);
  const asEditor = { authorization: `Bearer ${token}` };
  const claim = await request.post(`/api/v1/documents/${documentId}/claims`, {
    data: { selector: { type: "TextQuoteSelector", exact: QUOTE } },
    headers: asEditor,
  });
  expect(claim.status(), await claim.text()).toBe(201);
  const { id: claimId } = (await claim.json()) as { id: string };
  const resolution = await request.put(`/api/v1/claims/${claimId}/resolution`, {
    data: { rating: "unproven", rationale: "No primary source confirms or rules out the transfers." },
    headers: asEditor,
  });
  expect(resolution.status(), await resolution.text()).toBe(200);
  return { editor, projectId, documentId, claimId };
}

test("citing a primary document from the claim panel moves the claim out of no source and no primary source", async ({
  page,
  request,
}) => {
  const { editor, projectId, documentId, claimId } = await arrange(request);
  await signIn(page, editor.email, editor.password);
  await page.goto(`/projects/${projectId}/gaps`);
  await expect(section(page, "No source").getByRole("link", { name: quoteLink })).toBeVisible();
  await expect(section(page, "Hedged wording").getByRole("link", { name: quoteLink })).toBeVisible();
  await expect(section(page, "No primary source").getByRole("link", { name: quoteLink })).toHaveCount(0);
  await expect(section(page, "Single source").getByRole("link", { name: quoteLink })).toHaveCount(0);

  // The gap links to the claim in its document, which opens it.
  await section(page, "No source").getByRole("link", { name: quoteLink }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${documentId}#claim-${claimId}$`));
  const panel = page.getByRole("article", { name: "Claim" });
  await expect(panel.getByRole("blockquote")).toHaveText(`“${QUOTE}”`);

  const chips = panel.getByRole("list", { name: "Sourcing gaps" });
  await expect(chips.locator("[data-gap=no-source]")).toBeVisible();
  await expect(chips.locator("[data-gap=hedged-wording]")).toBeVisible();
  // A second page on the same document follows the change live, in its claim list.
  const other = await page.context().newPage();
  await other.goto(`/documents/${documentId}`);
  const otherItem = other
    .getByRole("list", { name: "Claims in reading order" })
    .getByRole("button", { name: /as yet no definitive evidence/ });
  await expect(otherItem.locator("[data-gap=no-source]")).toBeVisible();

  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByLabel("Source URL").fill("https://www.iaea.org/documents/iran-missile-transfer-report.pdf");
  await panel.getByLabel("Source title").fill("Inspection report on missile transfers");
  await panel.getByLabel("Kind").selectOption("primary-document");
  await panel.getByLabel("Stance").selectOption("context");
  await panel.getByRole("button", { name: "Save source" }).click();
  await expect(panel.getByRole("link", { name: "Inspection report on missile transfers" })).toBeVisible();
  // Without a reload, the chips move: one source now, and a primary one.
  await expect(chips.locator("[data-gap=single-source]")).toBeVisible();
  await expect(chips.locator("[data-gap=no-source]")).toHaveCount(0);
  await expect(chips.locator("[data-gap=no-primary-source]")).toHaveCount(0);
  await expect(chips.locator("[data-gap=hedged-wording]")).toBeVisible();
  await expect(otherItem.locator("[data-gap=single-source]")).toBeVisible();
  await expect(otherItem.locator("[data-gap=no-source]")).toHaveCount(0);
  await other.close();

  await page.goto(`/projects/${projectId}/gaps`);
  await expect(section(page, "Single source").getByRole("link", { name: quoteLink })).toBeVisible();
  await expect(section(page, "Hedged wording").getByRole("link", { name: quoteLink })).toBeVisible();
  await expect(section(page, "No source").getByRole("link", { name: quoteLink })).toHaveCount(0);
  await expect(section(page, "No primary source").getByRole("link", { name: quoteLink })).toHaveCount(0);
  await expect(section(page, "No source")).toContainText("No claims.");
});
