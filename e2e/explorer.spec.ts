import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { admin, adminApi, api, apiToken, createUser, signIn } from "./support/accounts";

const TEXT = [
  "Tehran and Moscow signed a comprehensive strategic partnership treaty in January.",
  "The minister said the treaty binds neither side to defend the other.",
  "Officials added that there’s as yet no definitive evidence of missile transfers.",
].join("\n\n");

/** A word no other test's data holds, so a search for it finds only this test's claims. */
function uniqueWord(stem: string): string {
  const letters = [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join("");
  return `${stem}${letters}`;
}

/** A project with the demo article and three claims, marked by the admin (its editor). */
async function explorerDesk(request: APIRequestContext, name: string) {
  const a = await adminApi(request);
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name });
  const { id: documentId } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: `${name} article`,
    text: TEXT,
  });
  const markClaim = (exact: string) =>
    a.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
      selector: { type: "TextQuoteSelector", exact },
    });
  const treaty = await markClaim("comprehensive strategic partnership treaty");
  const defence = await markClaim("binds neither side to defend the other");
  const missiles = await markClaim("no definitive evidence of missile transfers");
  return { a, projectId, documentId, treaty, defence, missiles };
}

async function reviewerOf(request: APIRequestContext, projectId: string, name: string) {
  const a = await adminApi(request);
  const user = await createUser(request, name);
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: user.id, role: "reviewer" });
  return { ...user, token: await apiToken(request, user.email, user.password) };
}

async function giveVerdict(
  request: APIRequestContext,
  token: string,
  claimId: string,
  rating: string,
  rationale: string,
) {
  const res = await request.put(`/api/v1/claims/${claimId}/verdict`, {
    data: { rating, rationale },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status(), await res.text()).toBe(200);
}

async function search(page: Page, projectId: string, words: string) {
  await page.goto(`/projects/${projectId}/claims`);
  await page.getByLabel("Search", { exact: true }).fill(words);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(words)}`));
}

/** The quotes of the table's rows, in order. */
async function quotesShown(page: Page): Promise<string[]> {
  // The quote is the row's link to its claim (an editor's rows start with a checkbox to assign it).
  return page.locator('tbody tr a[href*="#claim-"]').allTextContents();
}

test("a search finds a claim by a word of its rationale and highlights the word", async ({ page, request }) => {
  const { projectId, defence } = await explorerDesk(request, "Explorer search desk");
  const rita = await reviewerOf(request, projectId, "Rita Rationale");
  const word = uniqueWord("zeppelin");
  await giveVerdict(request, rita.token, defence.id, "mostly-true", `Article four mentions no ${word} clause at all.`);

  await signIn(page, admin.email, admin.password);
  await page.goto(`/projects/${projectId}`);
  await page.getByRole("link", { name: "Claims", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Claims" })).toBeVisible();
  await search(page, projectId, word);

  const link = page.getByRole("link", { name: "“binds neither side to defend the other”" });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", new RegExp(`/documents/[^#]+#claim-${defence.id}$`));
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("mark")).toHaveText([word]);
});

test("a filtered explorer URL opened in a new page shows the same rows", async ({ page, context, request }) => {
  const { a, projectId, treaty, missiles } = await explorerDesk(request, "Explorer filter desk");
  await a.post(`/api/v1/claims/${treaty.id}/sources`, {
    url: "https://example.org/treaty.pdf",
    title: "Treaty text",
    kind: "primary-document",
    stance: "supports",
  });
  await a.post(`/api/v1/claims/${missiles.id}/comments`, { body: "Ask the Pentagon about missile transfers." });

  await signIn(page, admin.email, admin.password);
  await page.goto(`/projects/${projectId}/claims`);
  await page.getByLabel("Search", { exact: true }).fill("the");
  await page.getByLabel("Sources").selectOption("0");
  await page.getByLabel("Status").selectOption("open");
  await page.getByLabel("Sort by").selectOption("document");
  await page.getByLabel("Order").selectOption("desc");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/hasSource=0/);
  await expect(page).toHaveURL(/sort=document/);
  const shown = await quotesShown(page);
  expect(shown).toEqual(["“no definitive evidence of missile transfers”", "“binds neither side to defend the other”"]);

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator("tbody tr")).toHaveCount(shown.length);
  expect(await quotesShown(other)).toEqual(shown);
  await expect(other.getByLabel("Sources")).toHaveValue("0");
  await expect(other.getByLabel("Search", { exact: true })).toHaveValue("the");
});

test("a blind reviewer's search does not find another reviewer's hidden rationale", async ({ page, request }) => {
  const { projectId, missiles } = await explorerDesk(request, "Explorer blind desk");
  const rita = await reviewerOf(request, projectId, "Rita Blind");
  const bob = await reviewerOf(request, projectId, "Bob Blind");
  const word = uniqueWord("dossier");
  await giveVerdict(request, rita.token, missiles.id, "unproven", `The ${word} is sealed.`);

  await signIn(page, bob.email, bob.password);
  await search(page, projectId, word);
  await expect(page.getByRole("status")).toHaveText("No claim matches.");
  await expect(page.locator("tbody tr")).toHaveCount(0);
  await expect(page.locator("mark")).toHaveCount(0);
  const asBob = api(request, bob.token);
  expect(await asBob.get(`/api/v1/claims?projectId=${projectId}&q=${word}`)).toEqual({ claims: [], nextCursor: null });
  // The claim's own words find it, and nothing on the page shows the hidden rationale.
  await search(page, projectId, "definitive");
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.getByText(word)).toHaveCount(0);

  // Once Bob has given his own verdict, Rita's rationale is his to see, and to find.
  await giveVerdict(request, bob.token, missiles.id, "false", "Contradicted by the ministry.");
  await search(page, projectId, word);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("mark")).toHaveText([word]);
});
