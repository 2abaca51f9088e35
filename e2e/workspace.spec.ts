import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { adminApi, createUser, signIn } from "./support/accounts";
import { clickWord, highlightedText, openClaimId, selectInDocument } from "./support/editor";

const article = fs.readFileSync(path.join(process.cwd(), "fixtures/russia-iran-treaty.txt"), "utf8");
const QUOTE = "there’s as yet no definitive evidence";

/** A project with no claims, an editor and a reviewer in it, and the demo article as a document. */
async function arrange(request: Parameters<typeof adminApi>[0]) {
  const a = await adminApi(request);
  const editor = await createUser(request, "Erin Editor");
  const reviewer = await createUser(request, "Remy Reviewer");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: `Workspace desk ${Date.now()}` });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: editor.id, role: "editor" });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: reviewer.id, role: "reviewer" });
  // One paragraph a line, as the article is laid out.
  const { id: documentId } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: "Russia and Iran treaty",
    text: article.split("\n").join("\n\n"),
    language: "en",
  });
  return { a, editor, reviewer, projectId, documentId };
}

async function markClaim(page: Page, text: string): Promise<string> {
  await selectInDocument(page, text);
  await page.getByRole("button", { name: "Mark claim" }).click();
  await expect(page.getByRole("article", { name: "Claim" })).toBeVisible();
  return openClaimId(page);
}

test("a reviewer marks a claim, rates it, cites a source, and all of it survives a reload", async ({
  page,
  request,
}) => {
  const { reviewer, documentId } = await arrange(request);
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/documents/${documentId}`);
  await expect(page.getByText("No claims yet.")).toBeVisible();

  const claimId = await markClaim(page, QUOTE);
  const panel = page.getByRole("article", { name: "Claim" });
  await expect(panel.getByRole("blockquote")).toHaveText(`“${QUOTE}”`);
  expect(await highlightedText(page, claimId)).toBe(QUOTE);

  await panel.getByLabel("Rating", { exact: true }).selectOption("unproven");
  await panel.getByLabel("Confidence").selectOption("medium");
  await panel.getByLabel("Rationale").fill("Only unnamed reports; no document or official confirmation either way.");
  await panel.getByRole("button", { name: "Save verdict" }).click();
  await expect(panel.getByRole("button", { name: "Update verdict" })).toBeVisible();

  await panel.getByRole("button", { name: "Add source" }).click();
  await panel.getByLabel("Source URL").fill("https://www.state.gov/briefings/iran-missile-transfers");
  await panel.getByLabel("Source title").fill("Department press briefing on missile transfers");
  await panel.getByLabel("Kind").selectOption("official-statement");
  await panel.getByLabel("Stance").selectOption("context");
  await panel.getByRole("button", { name: "Save source" }).click();
  await expect(panel.getByRole("link", { name: "Department press briefing on missile transfers" })).toBeVisible();

  await page.reload();
  const reloaded = page.getByRole("article", { name: "Claim" });
  await expect(reloaded).toBeVisible();
  await expect(reloaded.getByLabel("Rating", { exact: true })).toHaveValue("unproven");
  await expect(reloaded.getByLabel("Rationale")).toHaveValue(
    "Only unnamed reports; no document or official confirmation either way.",
  );
  await expect(reloaded.getByRole("link", { name: "Department press briefing on missile transfers" })).toHaveAttribute(
    "href",
    "https://www.state.gov/briefings/iran-missile-transfers",
  );
  await expect(page.locator(`[data-claim-id="${claimId}"]`).first()).toBeVisible();
  expect(await highlightedText(page, claimId)).toBe(QUOTE);
  await expect(page.locator("[data-claim-id]")).toHaveCount(1);

  // The API agrees, in code points of the canonical text.
  const a = await adminApi(request);
  const doc = await a.get<{ text: string }>(`/api/v1/documents/${documentId}`);
  const claim = await a.get<{ selector: { start: number; end: number; exact: string }; status: string }>(
    `/api/v1/claims/${claimId}`,
  );
  expect(claim.selector.exact).toBe(QUOTE);
  expect(Array.from(doc.text).slice(claim.selector.start, claim.selector.end).join("")).toBe(QUOTE);
  expect(claim.status).toBe("in-review");
});

test("two overlapping claims both show and open separately", async ({ page, request }) => {
  const { reviewer, documentId } = await arrange(request);
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/documents/${documentId}`);

  const first = await markClaim(page, "some reports suggesting this has happened, there’s as yet");
  await page.getByRole("button", { name: "Close claim" }).click();
  const second = await markClaim(page, QUOTE);
  await page.getByRole("button", { name: "Close claim" }).click();

  expect(await highlightedText(page, first)).toBe("some reports suggesting this has happened, there’s as yet");
  expect(await highlightedText(page, second)).toBe(QUOTE);
  await expect(page.getByRole("list", { name: "Claims in reading order" }).getByRole("listitem")).toHaveCount(2);

  await clickWord(page, "suggesting");
  await expect(page.getByRole("article", { name: "Claim" }).getByRole("blockquote")).toHaveText(
    "“some reports suggesting this has happened, there’s as yet”",
  );
  expect(await openClaimId(page)).toBe(first);

  await clickWord(page, "definitive", "some reports");
  await expect(page.getByRole("article", { name: "Claim" }).getByRole("blockquote")).toHaveText(`“${QUOTE}”`);
  expect(await openClaimId(page)).toBe(second);

  // Inside the overlap the shorter claim opens.
  await clickWord(page, "yet", "happened,");
  expect(await openClaimId(page)).toBe(second);
});

test("an editor deletes the paragraph holding a claim; the claim is listed as orphaned with its quote", async ({
  page,
  request,
}) => {
  const { editor, documentId } = await arrange(request);
  await signIn(page, editor.email, editor.password);
  await page.goto(`/documents/${documentId}`);
  const claimId = await markClaim(page, QUOTE);
  await page.getByRole("button", { name: "Close claim" }).click();

  await page.getByRole("button", { name: "Edit text" }).click();
  const paragraph = page.locator(".ProseMirror p", { hasText: "far-reaching US and EU sanctions" });
  await expect(paragraph).toHaveCount(1);
  // Select the whole paragraph (it wraps over several lines) and delete it, with its break.
  await selectInDocument(page, (await paragraph.textContent()) ?? "");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await expect(page.locator(".ProseMirror")).not.toContainText("definitive evidence");
  await page.getByRole("button", { name: "Save new revision" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Saved revision 2" })).toContainText("1 orphaned");
  const orphans = page.getByRole("list", { name: "Orphaned claims" });
  await expect(orphans).toContainText(QUOTE);
  await expect(page.locator(`[data-claim-id="${claimId}"]`)).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("list", { name: "Orphaned claims" })).toContainText(QUOTE);
  await page.getByRole("list", { name: "Orphaned claims" }).getByRole("button").click();
  await expect(page.getByRole("note")).toContainText("Orphaned");
});

test("a viewer reads the claims but is offered no way to mark or rate", async ({ page, request }) => {
  const { a, projectId, documentId } = await arrange(request);
  const viewer = await createUser(request, "Vic Viewer");
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: viewer.id, role: "viewer" });
  const claim = await a.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
    selector: { type: "TextQuoteSelector", exact: QUOTE },
  });

  await signIn(page, viewer.email, viewer.password);
  await page.goto(`/documents/${documentId}`);
  // An absence proves nothing until the page is live: the claim's highlight is drawn only
  // once the page has hydrated and its editor holds the claims.
  await expect(page.locator(`[data-claim-id="${claim.id}"]`).first()).toBeVisible();

  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").click();
  const panel = page.getByRole("article", { name: "Claim" });
  await expect(panel.getByRole("blockquote")).toHaveText(`“${QUOTE}”`);
  // The panel is drawn in one go from the claim and its permissions: once it shows, what it
  // leaves out is left out.
  await expect(panel.getByRole("region", { name: "Reviewers’ verdicts" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Save verdict" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Add source" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Delete claim" })).toHaveCount(0);
  await expect(panel.getByLabel("Add a comment")).toHaveCount(0);

  await panel.getByRole("button", { name: "Close claim" }).click();
  await selectInDocument(page, "Russia and Iran have unveiled plans");
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe("Russia and Iran have unveiled plans");
  await expect(page.getByRole("button", { name: "Mark claim" })).toHaveCount(0);
});

test("the keyboard shortcut marks the selected words as a claim", async ({ page, request }) => {
  const { reviewer, documentId } = await arrange(request);
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/documents/${documentId}`);
  await selectInDocument(page, "Turkey was widely seen as supporting the insurgents");
  await page.keyboard.press("Control+Shift+M");
  await expect(page.getByRole("article", { name: "Claim" }).getByRole("blockquote")).toHaveText(
    "“Turkey was widely seen as supporting the insurgents”",
  );
  const claimId = await openClaimId(page);
  expect(await highlightedText(page, claimId)).toBe("Turkey was widely seen as supporting the insurgents");
});
