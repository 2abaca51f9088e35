import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { adminApi, apiToken, createUser, signIn } from "./support/accounts";
import { editorReady, highlightedText, openClaimId } from "./support/editor";

const article = fs.readFileSync(path.join(process.cwd(), "fixtures/russia-iran-treaty.txt"), "utf8");
const MISSILES =
  "While there have been some reports suggesting this has happened, there’s as yet no definitive evidence.";
const UAV = /major UAV production facility on Russian soil/;
const TURKEY = /^Suggested claim: Turkey was widely seen/;

type Suggestion = { start: number; end: number; exact: string; score: number; reasons: { kind: string }[] };

/** A project of its own with a reviewer, and a copy of the demo article with no claims. */
async function arrange(request: APIRequestContext) {
  const a = await adminApi(request);
  const reviewer = await createUser(request, "Sam Suggestions-Reviewer");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", {
    name: `Suggestions desk ${Date.now()}`,
  });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: reviewer.id, role: "reviewer" });
  const { id: documentId } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: "Russia and Iran to sign treaty",
    text: article.split(/\r?\n/).join("\n\n"),
    language: "en",
  });
  const token = await apiToken(request, reviewer.email, reviewer.password);
  const headers = { authorization: `Bearer ${token}` };
  const suggestions = async (): Promise<Suggestion[]> => {
    const res = await request.get(`/api/v1/documents/${documentId}/suggestions`, { headers });
    expect(res.status(), await res.text()).toBe(200);
    return ((await res.json()) as { suggestions: Suggestion[] }).suggestions;
  };
  return { a, reviewer, documentId, suggestions };
}

const suggestion = (page: Page, name: string | RegExp) =>
  page
    .getByRole("list", { name: "Suggested claims" })
    .getByRole("group", { name: typeof name === "string" ? `Suggested claim: ${name}` : name });

async function openSuggestions(page: Page): Promise<void> {
  await editorReady(page);
  const toggle = page.getByRole("button", { name: /^▸?\s*Suggestions \(\d+\)$/ });
  await toggle.click();
  await expect(page.getByRole("button", { name: /Suggestions/ })).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("list", { name: "Suggested claims" })).toBeVisible();
}

test("a suggested sentence becomes a claim on exactly that sentence with one click", async ({ page, request }) => {
  const { a, reviewer, documentId, suggestions } = await arrange(request);
  const offered = (await suggestions()).find((s) => s.exact === MISSILES);
  expect(offered, "the missile-transfer sentence is suggested").toBeDefined();

  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/documents/${documentId}`);
  await openSuggestions(page);
  const missiles = suggestion(page, MISSILES);
  await expect(missiles).toContainText("hedge: some reports suggesting, there’s as yet no definitive evidence");
  // Nothing is marked until someone clicks.
  await expect(page.locator("[data-claim-id]")).toHaveCount(0);

  await missiles.getByRole("button", { name: "Mark as claim" }).click();
  const panel = page.getByRole("article", { name: "Claim" });
  await expect(panel.getByRole("blockquote")).toHaveText(`“${MISSILES}”`);
  const claimId = await openClaimId(page);
  expect(await highlightedText(page, claimId)).toBe(MISSILES);

  const claim = await a.get<{ selector: { start: number; end: number; exact: string } }>(`/api/v1/claims/${claimId}`);
  expect(claim.selector).toMatchObject({ start: offered!.start, end: offered!.end, exact: MISSILES });
  const doc = await a.get<{ text: string }>(`/api/v1/documents/${documentId}`);
  expect(Array.from(doc.text).slice(claim.selector.start, claim.selector.end).join("")).toBe(MISSILES);

  // Marked, it is no longer suggested, here or through the API.
  await page.getByRole("button", { name: "Close claim" }).click();
  await expect(suggestion(page, UAV)).toBeVisible();
  await expect(suggestion(page, MISSILES)).toHaveCount(0);
  expect((await suggestions()).map((s) => s.exact)).not.toContain(MISSILES);
});

test("a dismissed suggestion stays dismissed after a reload, by click or by the Delete key", async ({
  page,
  request,
}) => {
  const { reviewer, documentId, suggestions } = await arrange(request);
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/documents/${documentId}`);
  await openSuggestions(page);

  await suggestion(page, UAV).getByRole("button", { name: "Dismiss" }).click();
  await expect(suggestion(page, UAV)).toHaveCount(0);

  const turkey = suggestion(page, TURKEY);
  await turkey.focus();
  await page.keyboard.press("Delete");
  await expect(suggestion(page, TURKEY)).toHaveCount(0);
  // Focus moves on to the next suggestion, so the keys keep working.
  await expect(page.locator("[data-suggestion]:focus")).toHaveCount(1);

  await page.reload();
  await openSuggestions(page);
  await expect(suggestion(page, MISSILES)).toBeVisible();
  await expect(suggestion(page, UAV)).toHaveCount(0);
  await expect(suggestion(page, TURKEY)).toHaveCount(0);
  const left = (await suggestions()).map((s) => s.exact);
  expect(left.some((t) => UAV.test(t))).toBe(false);
  expect(left).toContain(MISSILES);
  await expect(page.locator("[data-claim-id]")).toHaveCount(0);
});
