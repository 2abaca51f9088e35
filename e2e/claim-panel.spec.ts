import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { adminApi, api, apiToken, createUser, signIn } from "./support/accounts";
import { editorReady } from "./support/editor";

const TEXT = [
  "The minister said the treaty will be signed on Friday in Geneva.",
  "Officials in both capitals declined to confirm the date, and no agenda has been published.",
].join("\n\n");
const QUOTE = "the treaty will be signed on Friday";

/** A project with an editor and a reviewer, a short document, and one claim on it made through the API. */
async function arrange(request: APIRequestContext) {
  const a = await adminApi(request);
  const editor = await createUser(request, "Erin Editor");
  const reviewer = await createUser(request, "Remy Reviewer");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: `Panel desk ${Date.now()}` });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: editor.id, role: "editor" });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: reviewer.id, role: "reviewer" });
  const { id: documentId } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: "Treaty date",
    text: TEXT,
  });
  const claim = await a.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
    selector: { type: "TextQuoteSelector", exact: QUOTE },
  });
  const as = async (user: { email: string; password: string }) =>
    api(request, await apiToken(request, user.email, user.password));
  return { a, editor, reviewer, documentId, claimId: claim.id, as };
}

/** Opens the document with the claim's panel open, as a link to it would. */
async function openClaim(page: Page, documentId: string, claimId: string) {
  await page.goto(`/documents/${documentId}#claim-${claimId}`);
  const panel = page.getByRole("article", { name: "Claim" });
  await expect(panel.getByRole("blockquote")).toHaveText(`“${QUOTE}”`);
  await editorReady(page);
  return panel;
}

test("a claim changed by someone else meanwhile is refused on save, and reloading it keeps what was typed", async ({
  page,
  request,
}) => {
  const { a, editor, documentId, claimId } = await arrange(request);
  await signIn(page, editor.email, editor.password);
  const panel = await openClaim(page, documentId, claimId);

  await panel.getByLabel("Claim wording").fill("The treaty will be signed on Friday, the minister said");
  await a.patch(`/api/v1/claims/${claimId}`, { claimant: "Foreign ministry spokesperson" });
  // The other change reaches the open page live, but the wording was typed on the older version.
  await expect(panel.getByLabel("Claimant")).toHaveValue("Foreign ministry spokesperson");
  await panel.getByRole("button", { name: "Save claim" }).click();

  const refusal = panel.getByRole("alert");
  await expect(refusal).toContainText("changed by someone else");
  await refusal.getByRole("button", { name: "Reload the claim (your text above stays, to apply again)" }).click();
  await expect(refusal).toHaveCount(0);
  await expect(panel.getByLabel("Claim wording")).toHaveValue("The treaty will be signed on Friday, the minister said");
  await expect(panel.getByLabel("Claimant")).toHaveValue("Foreign ministry spokesperson");

  await panel.getByRole("button", { name: "Save claim" }).click();
  await expect(panel.getByText("Unsaved changes")).toHaveCount(0);
  await expect(panel.getByRole("alert")).toHaveCount(0);
  const saved = await a.get<{ claimText: string; claimant: string }>(`/api/v1/claims/${claimId}`);
  expect(saved).toMatchObject({
    claimText: "The treaty will be signed on Friday, the minister said",
    claimant: "Foreign ministry spokesperson",
  });
});

test("a comment edited elsewhere meanwhile is refused on save, and reloading it keeps the new text", async ({
  page,
  request,
}) => {
  const { reviewer, documentId, claimId, as } = await arrange(request);
  const r = await as(reviewer);
  const comment = await r.post<{ id: string }>(`/api/v1/claims/${claimId}/comments`, {
    body: "Is there an official schedule?",
  });
  await signIn(page, reviewer.email, reviewer.password);
  const panel = await openClaim(page, documentId, claimId);

  const own = panel.getByRole("article", { name: "Comment by Remy Reviewer" });
  await own.getByRole("button", { name: "Edit" }).click();
  await own.getByLabel("Edit comment").fill("Is there an official schedule, or only the minister's word?");
  // The same author changes it from another program before this edit is saved.
  await r.patch(`/api/v1/comments/${comment.id}`, { body: "Is there an official schedule at all?" });
  await own.getByRole("button", { name: "Save comment" }).click();

  await expect(own.getByRole("alert")).toContainText("changed by someone else");
  await own.getByRole("button", { name: "Reload the comment (your text above stays, to apply again)" }).click();
  await expect(own.getByRole("alert")).toHaveCount(0);
  await expect(own.getByLabel("Edit comment")).toHaveValue(
    "Is there an official schedule, or only the minister's word?",
  );
  await own.getByRole("button", { name: "Save comment" }).click();

  await expect(own.getByLabel("Edit comment")).toHaveCount(0);
  await expect(own).toContainText("Is there an official schedule, or only the minister's word?");
  await expect(own).toContainText("edited");
  const saved = await r.get<{ body: string }>(`/api/v1/comments/${comment.id}`);
  expect(saved.body).toBe("Is there an official schedule, or only the minister's word?");
});

test("an editor resolves a claim, and the open claim keeps its outline as the claim changes", async ({
  page,
  request,
}) => {
  const { editor, reviewer, documentId, claimId, as } = await arrange(request);
  const r = await as(reviewer);
  const put = await request.put(`/api/v1/claims/${claimId}/verdict`, {
    headers: { authorization: `Bearer ${await apiToken(request, reviewer.email, reviewer.password)}` },
    data: { rating: "unproven", rationale: "Only the minister says so." },
  });
  expect(put.status()).toBe(200);
  await signIn(page, editor.email, editor.password);
  const panel = await openClaim(page, documentId, claimId);
  const highlight = page.locator(`[data-claim-id="${claimId}"]`).first();
  await expect(highlight).toHaveClass(/claim-active/);
  // An editor sees each reviewer's verdict side by side, to adjudicate.
  await expect(
    panel
      .getByRole("region", { name: "Reviewers’ verdicts" })
      .getByRole("listitem", { name: "Remy Reviewer's verdict" }),
  ).toContainText("Unproven");

  await panel.getByLabel("Final rating").selectOption("unproven");
  await panel
    .getByLabel("Published rationale")
    .fill("No official confirmation of the date; only the minister's statement.");
  await panel.getByRole("button", { name: "Resolve claim" }).click();

  await expect(panel.getByTestId("resolution")).toHaveText(
    "Unproven — No official confirmation of the date; only the minister's statement.",
  );
  await expect(panel.getByRole("button", { name: "Update resolution" })).toBeVisible();
  await expect(panel.getByText("Unproven, resolved")).toBeVisible();
  // The claim list changed (the claim is resolved): its highlight takes the verdict's tone and stays outlined as open.
  await expect(highlight).toHaveClass(/claim-tone-unproven/);
  await expect(highlight).toHaveClass(/claim-active/);
  await expect(panel.getByRole("region", { name: "History" })).toContainText("Erin Editor resolved it as Unproven");

  await page.reload();
  await expect(page.getByRole("article", { name: "Claim" }).getByTestId("resolution")).toContainText("Unproven");
  const saved = await r.get<{ status: string; resolution: { rating: string } }>(`/api/v1/claims/${claimId}`);
  expect(saved.status).toBe("resolved");
  expect(saved.resolution.rating).toBe("unproven");
});

test("an editor deletes a claim; its panel, list entry and highlight go", async ({ page, request }) => {
  const { a, editor, documentId, claimId } = await arrange(request);
  await signIn(page, editor.email, editor.password);
  const panel = await openClaim(page, documentId, claimId);
  await expect(page.locator(`[data-claim-id="${claimId}"]`).first()).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await panel.getByRole("button", { name: "Delete claim" }).click();

  await expect(panel).toHaveCount(0);
  await expect(page.getByText("No claims yet.")).toBeVisible();
  await expect(page.locator("[data-claim-id]")).toHaveCount(0);
  await expect(page).not.toHaveURL(/#claim-/);
  // Deleting it here is not news from someone else.
  await expect(page.getByRole("status")).toHaveCount(0);

  await page.reload();
  await expect(page.getByText("No claims yet.")).toBeVisible();
  const res = await request.get(`/api/v1/claims/${claimId}`, {
    headers: { authorization: `Bearer ${await apiToken(request, editor.email, editor.password)}` },
  });
  expect(res.status()).toBe(404);
  expect((await a.get<{ id: string }[]>(`/api/v1/documents/${documentId}/claims`)).length).toBe(0);
});

test("a reviewer edits a cited source's title and stance", async ({ page, request }) => {
  const { reviewer, documentId, claimId, as } = await arrange(request);
  const r = await as(reviewer);
  await r.post(`/api/v1/claims/${claimId}/sources`, {
    url: "https://example.org/briefing",
    title: "Briefing",
    kind: "official-statement",
    stance: "supports",
  });
  await signIn(page, reviewer.email, reviewer.password);
  const panel = await openClaim(page, documentId, claimId);

  const sources = panel.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("link", { name: "Briefing" })).toBeVisible();
  await sources.getByRole("button", { name: "Edit" }).click();
  await sources.getByLabel("Source title").fill("Foreign ministry briefing, 12 March");
  await sources.getByLabel("Stance").selectOption("refutes");
  await sources.getByRole("button", { name: "Save source" }).click();

  await expect(sources.getByRole("link", { name: "Foreign ministry briefing, 12 March" })).toHaveAttribute(
    "href",
    "https://example.org/briefing",
  );
  await expect(sources).toContainText("refutes");
  await expect(sources.getByLabel("Source title")).toHaveCount(0);

  await page.reload();
  await expect(
    page.getByRole("region", { name: "Sources" }).getByRole("link", { name: "Foreign ministry briefing, 12 March" }),
  ).toBeVisible();
  const saved = await r.get<{ sources: { title: string; stance: string }[] }>(`/api/v1/claims/${claimId}`);
  expect(saved.sources).toEqual([
    expect.objectContaining({ title: "Foreign ministry briefing, 12 March", stance: "refutes" }),
  ]);
});

test("a reviewer replies to a comment, and the page needs one round trip for it", async ({ page, request }) => {
  const { editor, reviewer, documentId, claimId, as } = await arrange(request);
  const e = await as(editor);
  await e.post(`/api/v1/claims/${claimId}/comments`, { body: "Who else reports the Friday date?" });
  await signIn(page, reviewer.email, reviewer.password);
  const panel = await openClaim(page, documentId, claimId);

  const question = panel.getByRole("article", { name: "Comment by Erin Editor" });
  await question.getByRole("button", { name: "Reply" }).click();
  await panel.getByLabel("Reply to Erin Editor").fill("Nobody yet; the agency wires only quote the minister.");

  const actionCalls: string[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && req.headers()["next-action"]) actionCalls.push(req.url());
  });
  await panel.getByRole("button", { name: "Post" }).first().click();

  const answer = panel.getByRole("article", { name: "Comment by Remy Reviewer" });
  await expect(answer).toContainText("Nobody yet; the agency wires only quote the minister.");
  await expect(panel.getByLabel("Reply to Erin Editor")).toHaveCount(0);
  // The reply sits under the comment it answers.
  const thread = panel
    .getByRole("listitem")
    .filter({ has: page.getByRole("article", { name: "Comment by Erin Editor" }) });
  await expect(thread.getByRole("article", { name: "Comment by Remy Reviewer" })).toBeVisible();
  // The answer of that one call brought the history and the claim's comment count too.
  await expect(panel.getByRole("region", { name: "History" })).toContainText("Remy Reviewer commented");
  expect(actionCalls).toHaveLength(1);
  await panel.getByRole("button", { name: "Close claim" }).click();
  await expect(page.getByRole("list", { name: "Claims in reading order" })).toContainText("2 comments");

  await page.reload();
  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").click();
  await expect(page.getByRole("article", { name: "Comment by Remy Reviewer" })).toContainText("Nobody yet");
});

test("the author deletes their comment; a comment by someone else offers them no Edit or Delete", async ({
  page,
  request,
}) => {
  const { editor, reviewer, documentId, claimId, as } = await arrange(request);
  await (await as(editor)).post(`/api/v1/claims/${claimId}/comments`, { body: "Please find a second source." });
  const r = await as(reviewer);
  await r.post(`/api/v1/claims/${claimId}/comments`, { body: "Posted too early, ignore." });
  await signIn(page, reviewer.email, reviewer.password);
  const panel = await openClaim(page, documentId, claimId);

  const theirs = panel.getByRole("article", { name: "Comment by Erin Editor" });
  const mine = panel.getByRole("article", { name: "Comment by Remy Reviewer" });
  await expect(theirs.getByRole("button", { name: "Reply" })).toBeVisible();
  await expect(theirs.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(theirs.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(mine.getByRole("button", { name: "Edit" })).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await mine.getByRole("button", { name: "Delete" }).click();

  await expect(mine).toHaveCount(0);
  await expect(theirs).toBeVisible();
  await expect(panel.getByRole("region", { name: "History" })).toContainText("Remy Reviewer deleted a comment");
  await panel.getByRole("button", { name: "Close claim" }).click();
  await expect(page.getByRole("list", { name: "Claims in reading order" })).toContainText("1 comment");

  await page.reload();
  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").click();
  await expect(page.getByRole("article", { name: "Comment by Erin Editor" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Comment by Remy Reviewer" })).toHaveCount(0);
  expect((await r.get<{ commentCount: number }>(`/api/v1/claims/${claimId}`)).commentCount).toBe(1);
});

test("a discussion that fails to load says so, and Retry loads it", async ({ page, request }) => {
  const { reviewer, documentId, claimId, as } = await arrange(request);
  await (await as(reviewer)).post(`/api/v1/claims/${claimId}/comments`, { body: "First look: single source." });
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/documents/${documentId}`);
  await editorReady(page);

  // The next server action about this claim (its discussion, once it opens) fails on the network.
  // Other actions the page makes meanwhile (its suggestions, asked for when the browser is idle)
  // name the document, not the claim, and go through.
  let isFailing = true;
  await page.route(`**/documents/${documentId}`, async (route) => {
    const request = route.request();
    if (isFailing && request.method() === "POST" && (request.postData() ?? "").includes(claimId)) {
      isFailing = false;
      await route.abort("connectionrefused");
    } else {
      await route.continue();
    }
  });
  await page.getByRole("list", { name: "Claims in reading order" }).getByRole("button").click();
  const discussion = page.getByRole("article", { name: "Claim" }).getByRole("region", { name: "Discussion" });
  const failure = discussion.getByRole("alert");
  await expect(failure).toContainText("The discussion could not be loaded");

  await failure.getByRole("button", { name: "Retry" }).click();
  await expect(discussion.getByRole("article", { name: "Comment by Remy Reviewer" })).toContainText(
    "First look: single source.",
  );
  await expect(discussion.getByRole("alert")).toHaveCount(0);
});
