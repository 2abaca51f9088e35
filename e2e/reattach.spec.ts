import { expect, test, type APIRequestContext } from "@playwright/test";
import { admin, api, apiToken, createUser, signIn } from "./support/accounts";
import { highlightedText, selectInDocument } from "./support/editor";

const INTRO = "Tehran and Moscow signed a comprehensive strategic partnership treaty in January.";
const PLEDGE = "The minister said the treaty binds neither side to defend the other in case of an attack.";
const DOUBT = "No definitive evidence of the transfers has been published.";
const OUTRO = "Talks continue in Geneva next month.";

type Claim = {
  id: string;
  anchorStatus: string;
  anchorScore: number | null;
  anchorAlternatives: { start: number; end: number; exact: string; score: number }[];
  selector: { exact: string; start: number | null; end: number | null };
};

/** A project with an editor and a reviewer, a document of `paragraphs`, and a claim on `quote` marked by the admin. */
async function arrange(request: APIRequestContext, paragraphs: string[], quote: string) {
  const token = await apiToken(request, admin.email, admin.password);
  const a = api(request, token);
  const editor = await createUser(request, "Erin Editor");
  const reviewer = await createUser(request, "Remy Reviewer");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: `Re-attach desk ${Date.now()}` });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: editor.id, role: "editor" });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: reviewer.id, role: "reviewer" });
  const { id: documentId } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: "Treaty notes",
    text: paragraphs.join("\n\n"),
    language: "en",
  });
  const claim = await a.post<Claim>(`/api/v1/documents/${documentId}/claims`, {
    selector: { type: "TextQuoteSelector", exact: quote },
  });
  return { a, token, editor, reviewer, documentId, claimId: claim.id };
}

test("an editor's revision orphans a claim; they select its new words and attach it there, and it stays after a reload", async ({
  page,
  request,
}) => {
  const { a, editor, documentId, claimId } = await arrange(
    request,
    [INTRO, PLEDGE, DOUBT],
    "binds neither side to defend the other",
  );
  const NEW_WORDS = "obliges nobody to come to the defence of the other";
  await signIn(page, editor.email, editor.password);
  await page.goto(`/documents/${documentId}`);
  await expect(page.locator(`[data-claim-id="${claimId}"]`).first()).toBeVisible();

  // Rewrite the claim's words beyond recognition.
  await page.getByRole("button", { name: "Edit text" }).click();
  await selectInDocument(page, "binds neither side to defend the other");
  await page.keyboard.type(NEW_WORDS);
  await expect(page.locator(".ProseMirror")).toContainText(NEW_WORDS);
  await page.getByRole("button", { name: "Save new revision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved revision 2" })).toContainText("1 orphaned");
  await expect(page.locator(`[data-claim-id="${claimId}"]`)).toHaveCount(0);

  await page.getByRole("list", { name: "Orphaned claims" }).getByRole("button").click();
  const panel = page.getByRole("article", { name: "Claim" });
  const placement = panel.getByRole("region", { name: "Where it belongs" });
  await expect(placement).toBeVisible();

  // Nothing selected yet: the panel says what to do.
  await placement.getByRole("button", { name: "Attach to the selected words" }).click();
  await expect(placement.getByRole("status")).toContainText("Select the words in the document first");

  await selectInDocument(page, NEW_WORDS);
  await page.getByRole("button", { name: "Attach claim here" }).click();
  await expect(placement).toHaveCount(0);
  await expect(page.locator(`[data-claim-id="${claimId}"]`).first()).toBeVisible();
  expect(await highlightedText(page, claimId)).toBe(NEW_WORDS);
  const history = panel.getByRole("region", { name: "History" });
  await expect(history).toContainText(`Erin Editor attached it to “${NEW_WORDS}”`);
  await expect(page.getByRole("list", { name: "Orphaned claims" })).toHaveCount(0);

  await page.reload();
  await expect(page.locator(`[data-claim-id="${claimId}"]`).first()).toBeVisible();
  expect(await highlightedText(page, claimId)).toBe(NEW_WORDS);
  await expect(page.getByRole("article", { name: "Claim" }).getByRole("region", { name: "History" })).toContainText(
    `Erin Editor attached it to “${NEW_WORDS}”`,
  );

  const claim = await a.get<Claim>(`/api/v1/claims/${claimId}`);
  const doc = await a.get<{ text: string }>(`/api/v1/documents/${documentId}`);
  expect(claim).toMatchObject({ anchorStatus: "exact", anchorScore: 1, anchorAlternatives: [] });
  expect(Array.from(doc.text).slice(claim.selector.start!, claim.selector.end!).join("")).toBe(NEW_WORDS);
});

test("a claim left fuzzy between two identical paragraphs offers both; a reviewer attaches it to the other one", async ({
  page,
  request,
}) => {
  const { a, token, reviewer, documentId, claimId } = await arrange(request, [INTRO, DOUBT, OUTRO], DOUBT);
  // Another program pastes a copy of the paragraph right after it.
  const authorization = `Bearer ${token}`;
  const current = await request.get(`/api/v1/documents/${documentId}`, { headers: { authorization } });
  const saved = await request.put(`/api/v1/documents/${documentId}/content`, {
    headers: { authorization, "if-match": current.headers()["etag"] ?? "" },
    data: { text: [INTRO, DOUBT, DOUBT, OUTRO].join("\n\n") },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const fuzzy = await a.get<Claim>(`/api/v1/claims/${claimId}`);
  expect(fuzzy.anchorStatus).toBe("fuzzy");
  expect(fuzzy.anchorAlternatives).toHaveLength(2);
  const other = fuzzy.anchorAlternatives.find((alt) => alt.start !== fuzzy.selector.start)!;
  // Paragraphs 1 and 2 hold the copies; the claim is drawn on one, the other is offered.
  const otherParagraph = other.start > fuzzy.selector.start! ? 2 : 1;

  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/documents/${documentId}#claim-${claimId}`);
  const panel = page.getByRole("article", { name: "Claim" });
  const places = panel.getByRole("list", { name: "Places it could belong" }).getByRole("listitem");
  await expect(places).toHaveCount(2);
  await expect(places.first()).toContainText("where it is shown now");
  for (const place of await places.all()) {
    await expect(place).toContainText(DOUBT);
    await expect(place).toContainText(/Match \d+%/);
  }
  // Each place shows the words around it: the first copy follows the introduction, the second the first copy.
  await expect(places.filter({ hasText: INTRO.slice(-20) })).toHaveCount(1);
  await expect(places.filter({ hasText: OUTRO.slice(0, 20) })).toHaveCount(1);

  await places.filter({ hasNotText: "where it is shown now" }).getByRole("button", { name: "Attach here" }).click();
  await expect(panel.getByRole("region", { name: "Where it belongs" })).toHaveCount(0);
  await expect(panel.getByRole("region", { name: "History" })).toContainText(`Remy Reviewer attached it to “${DOUBT}”`);
  await expect(page.locator(".ProseMirror p").nth(otherParagraph).locator(`[data-claim-id="${claimId}"]`)).toHaveCount(
    1,
  );
  await expect(page.locator(`[data-claim-id="${claimId}"]`)).toHaveCount(1);

  const attached = await a.get<Claim>(`/api/v1/claims/${claimId}`);
  expect(attached).toMatchObject({
    anchorStatus: "exact",
    anchorScore: 1,
    anchorAlternatives: [],
    selector: { start: other.start, end: other.end, exact: DOUBT },
  });
});
