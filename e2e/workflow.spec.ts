import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { api, apiToken, createUser, signIn } from "./support/accounts";
import { editorReady } from "./support/editor";

const TEXT = [
  "The minister said the treaty binds neither side to defend the other in case of an attack.",
  "Officials added that there’s as yet no definitive evidence of missile transfers between the two.",
].join("\n\n");
const QUOTE = "binds neither side to defend the other";

type Person = Awaited<ReturnType<typeof createUser>>;

/** A desk under blind review (the default): an editor, two reviewers, one document with one claim. */
async function arrange(request: Parameters<typeof createUser>[0]) {
  const tag = randomUUID().slice(0, 6);
  const editor = await createUser(request, `Wren Editor ${tag}`);
  const first = await createUser(request, `Quinn Reviewer ${tag}`);
  const second = await createUser(request, `Sasha Reviewer ${tag}`);
  const e = api(request, await apiToken(request, editor.email, editor.password));
  const { id: projectId } = await e.post<{ id: string }>("/api/v1/projects", { name: `Workflow desk ${tag}` });
  for (const reviewer of [first, second])
    await e.post(`/api/v1/projects/${projectId}/members`, { userId: reviewer.id, role: "reviewer" });
  const { id: documentId } = await e.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: `Treaty terms ${tag}`,
    text: TEXT,
  });
  const claim = await e.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
    selector: { type: "TextQuoteSelector", exact: QUOTE },
  });
  return { e, editor, first, second, projectId, documentId, claimId: claim.id };
}

/** A browser of its own for `person`, signed in. */
async function signedIn(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, person.email, person.password);
  return page;
}

/** Opens the document with the claim's panel open, as a link to it would, once the page is live. */
async function openClaim(page: Page, documentId: string, claimId: string) {
  await page.goto(`/documents/${documentId}#claim-${claimId}`);
  const panel = page.getByRole("article", { name: "Claim" });
  await expect(panel.getByRole("blockquote")).toHaveText(`“${QUOTE}”`);
  await editorReady(page);
  return panel;
}

test("assign with a notice, queue, presence, blind review, a mention, side-by-side adjudication and a resolution that reaches both reviewers live", async ({
  browser,
  request,
}) => {
  const { e, editor, first, second, projectId, documentId, claimId } = await arrange(request);

  // The editor gives the claim to the first reviewer from its panel.
  const editorPage = await signedIn(browser, editor);
  const editorPanel = await openClaim(editorPage, documentId, claimId);
  await editorPanel.getByLabel("Assignee").selectOption({ label: `${first.name} (reviewer)` });
  await editorPanel.getByRole("button", { name: "Save claim" }).click();
  await expect
    .poll(async () => (await e.get<{ assigneeId: string | null }>(`/api/v1/claims/${claimId}`)).assigneeId)
    .toBe(first.id);

  // The reviewer has a notice of it under the header's bell, and marks it read.
  const firstPage = await signedIn(browser, first);
  const firstBell = (unread: number) => firstPage.getByRole("button", { name: `Notifications: ${unread} unread` });
  await firstBell(1).click();
  const firstNotices = firstPage.getByRole("dialog", { name: "Notifications" });
  const assigned = `${editor.name} assigned you the claim “${QUOTE}”`;
  await expect(firstNotices.getByRole("listitem")).toHaveCount(1);
  await expect(firstNotices.getByRole("link", { name: `Unread: ${assigned}` })).toHaveAttribute(
    "href",
    `/documents/${documentId}#claim-${claimId}`,
  );
  await firstNotices.getByRole("button", { name: `Mark read: ${assigned}` }).click();
  await expect(firstBell(0)).toBeVisible();
  await expect(firstNotices.getByRole("link", { name: assigned, exact: true })).toBeVisible();
  await firstPage.keyboard.press("Escape");
  await expect(firstNotices).toBeHidden();
  await expect(firstBell(0)).toBeFocused();

  // The reviewer finds it in My queue (counted in the header) and opens it in its document.
  await expect(firstPage.getByRole("link", { name: "My queue: 1 claim" })).toBeVisible();
  await firstPage.getByRole("link", { name: "My queue: 1 claim" }).click();
  const queue = firstPage.getByRole("list", { name: "Claims assigned to you" });
  await expect(queue.getByRole("listitem")).toHaveCount(1);
  await expect(queue).toContainText("not rated by you yet");
  await queue.getByRole("link", { name: `“${QUOTE}”` }).click();
  const firstPanel = firstPage.getByRole("article", { name: "Claim" });
  await expect(firstPanel.getByRole("blockquote")).toHaveText(`“${QUOTE}”`);
  await editorReady(firstPage);
  // The editor's page shows who else is on it, and which claim they have open.
  const presenceOf = (page: Page, person: Person) =>
    page.getByTestId("presence").getByRole("button", { name: `${person.name} · claim “${QUOTE}”: open it` });
  await expect(presenceOf(editorPage, first)).toBeVisible();
  await expect(presenceOf(firstPage, editor)).toBeVisible();
  // A reviewer neither assigns nor moves the status by hand.
  await expect(firstPanel.getByLabel("Assignee")).toBeDisabled();
  await expect(firstPanel.getByLabel("Status")).toBeDisabled();

  await firstPanel.getByLabel("Rating", { exact: true }).selectOption({ label: "Mostly false" });
  await firstPanel.getByLabel("Rationale").fill("The treaty text has a mutual-assistance clause, but a weak one.");
  await firstPanel.getByRole("button", { name: "Save verdict" }).click();
  await expect(firstPanel.getByRole("button", { name: "Update verdict" })).toBeVisible();
  await expect(firstPanel.getByLabel("Status")).toHaveValue("in-review");

  // The second reviewer, under blind review, does not see that rating until giving their own.
  const secondPage = await signedIn(browser, second);
  const secondPanel = await openClaim(secondPage, documentId, claimId);
  const othersOfSecond = secondPanel.getByRole("region", { name: "Reviewers’ verdicts" });
  await expect(othersOfSecond).toContainText(
    "Blind review: the other reviewers’ verdicts show once you have given yours.",
  );
  await expect(othersOfSecond).not.toContainText("Mostly false");
  await expect(secondPanel.getByRole("region", { name: "History" })).toContainText(`${first.name} gave a verdict`);
  await expect(secondPanel.getByRole("region", { name: "History" })).not.toContainText("Mostly false");
  await secondPanel.getByLabel("Rating", { exact: true }).selectOption({ label: "False" });
  await secondPanel.getByLabel("Rationale").fill("Article 4 rules out any defence obligation.");
  await secondPanel.getByRole("button", { name: "Save verdict" }).click();
  await expect(othersOfSecond).toContainText(`${first.name}: Mostly false`);
  await expect(presenceOf(editorPage, second)).toBeVisible();

  // The second reviewer calls the first in: "@" offers the project's members, chosen by keyboard.
  const comment = secondPanel.getByLabel("Add a comment");
  await comment.pressSequentially(`Over to @${first.name.slice(0, 4)}`);
  const members = secondPanel.getByRole("listbox", { name: "Members to mention" });
  await expect(members.getByRole("option")).toHaveText([first.name]);
  await expect(comment).toHaveAttribute("aria-activedescendant", /.+/);
  await comment.press("Enter");
  await expect(members).toBeHidden();
  await comment.pressSequentially("what do you make of Article 4?");
  await expect(comment).toHaveValue(`Over to @[${first.name}](${first.id}) what do you make of Article 4?`);
  await secondPanel.getByRole("button", { name: "Post" }).click();
  const posted = secondPanel.getByRole("article", { name: `Comment by ${second.name}` });
  await expect(posted.locator(`[data-mention="${first.id}"]`)).toHaveText(`@${first.name}`);
  // The first reviewer's bell counts it at once, without a reload.
  await expect(firstBell(1)).toBeVisible();

  // The editor's open page has both verdicts side by side, the disagreement marked.
  const verdicts = editorPanel.getByRole("region", { name: "Reviewers’ verdicts" });
  const firstVerdict = verdicts.getByRole("listitem", { name: `${first.name}'s verdict` });
  const secondVerdict = verdicts.getByRole("listitem", { name: `${second.name}'s verdict` });
  await expect(firstVerdict).toContainText("Mostly false");
  await expect(firstVerdict).toContainText("mutual-assistance clause");
  await expect(secondVerdict).toContainText("False");
  await expect(secondVerdict).toContainText("Article 4");
  await expect(verdicts.getByRole("note")).toContainText("Reviewers disagree");

  // It resolves in one action as the second reviewer's verdict.
  await secondVerdict.getByRole("button", { name: `Resolve as ${second.name}'s verdict` }).click();
  const resolution = "False — Article 4 rules out any defence obligation.";
  await expect(editorPanel.getByTestId("resolution")).toHaveText(resolution);

  // Both reviewers' open pages show the resolution without a reload.
  await expect(firstPanel.getByTestId("resolution")).toHaveText(resolution);
  await expect(secondPanel.getByTestId("resolution")).toHaveText(resolution);
  // And each is told, live: the notice names the rating (both have rated, so blind review allows it).
  await expect(firstBell(2)).toBeVisible();
  await firstBell(2).click();
  await expect(firstNotices.getByRole("listitem").first()).toContainText(
    `${editor.name} resolved the claim “${QUOTE}” as False`,
  );
  await expect(firstNotices.getByRole("listitem").nth(1)).toContainText(
    `${second.name} mentioned you in a comment on the claim “${QUOTE}”`,
  );
  await firstNotices.getByRole("button", { name: "Mark all read" }).click();
  await expect(firstBell(0)).toBeVisible();
  await firstPage.keyboard.press("Escape");
  await expect(secondPage.getByRole("button", { name: "Notifications: 1 unread" })).toBeVisible();

  // Presence goes when a person leaves: the second reviewer closes their page.
  await secondPage.context().close();
  await expect(presenceOf(editorPage, second)).toHaveCount(0);
  await expect(presenceOf(editorPage, first)).toBeVisible();

  // Resolved, the claim leaves the first reviewer's queue.
  await firstPage.goto("/queue");
  await expect(firstPage.getByText("Nothing is assigned to you.")).toBeVisible();
  await expect(firstPage.getByRole("link", { name: "My queue: 0 claims" })).toBeVisible();

  // The project's activity tells it in words; nothing is left to adjudicate.
  await editorPage.goto(`/projects/${projectId}/activity`);
  const activity = editorPage.getByRole("list", { name: "Activity" });
  await expect(activity).toContainText(`${editor.name} resolved claim “${QUOTE}” as False`);
  await expect(activity).toContainText(`${first.name} rated claim “${QUOTE}” Mostly false`);
  await expect(activity).toContainText(`${editor.name} assigned claim “${QUOTE}” to ${first.name}`);
  await editorPage.getByLabel("Person").selectOption({ label: second.name });
  await editorPage.getByRole("button", { name: "Filter" }).click();
  await expect(activity.getByRole("listitem")).toHaveCount(2);
  await expect(activity).toContainText(`${second.name} commented on claim “${QUOTE}”`);
  await expect(activity).toContainText(`${second.name} rated claim “${QUOTE}” False`);
  await editorPage.goto(`/projects/${projectId}/adjudication`);
  await expect(editorPage.getByRole("status")).toContainText("Nothing to adjudicate");

  for (const page of [editorPage, firstPage]) await page.context().close();
});

test("changing the rating scale in settings shows in the claim panel's choices and the dashboard; a rating in use cannot be deleted", async ({
  page,
  request,
}) => {
  const { e, editor, first, projectId, documentId, claimId } = await arrange(request);
  const put = await request.put(`/api/v1/claims/${claimId}/verdict`, {
    headers: { authorization: `Bearer ${await apiToken(request, first.email, first.password)}` },
    data: { rating: "misleading", rationale: "True words, false impression." },
  });
  expect(put.status(), await put.text()).toBe(200);

  await signIn(page, editor.email, editor.password);
  await page.goto(`/projects/${projectId}`);
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  const settings = page.getByRole("form", { name: "Project settings" });

  // A rating in use cannot be deleted: the page says why, and offers to retire it instead.
  const misleading = settings.getByRole("group", { name: "Rating “Misleading”" });
  await expect(misleading.getByRole("button", { name: "Delete" })).toBeDisabled();
  await expect(misleading).toContainText("Used by 1 verdict and 0 resolutions");

  await settings.getByRole("group", { name: "Rating “Mostly false”" }).getByLabel("Label").fill("Largely false");
  await settings.getByRole("group", { name: "Rating “Mixed”" }).getByLabel("Retired").check();
  await settings.getByRole("button", { name: "Add a rating" }).click();
  const added = settings.getByRole("group", { name: "New rating 1" });
  await added.getByLabel("Label").fill("Satire");
  await added.getByLabel("Description").fill("Not meant to be taken as fact.");
  const preview = settings.getByRole("region", { name: "Preview of the rating scale" });
  await expect(preview).toContainText("Satire");
  await expect(preview).toContainText("Not meant to be taken as fact.");
  await expect(preview).toContainText("Retired, no longer offered (verdicts already given keep them): Mixed.");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("Settings saved.");

  // Through the API, taking the rating in use off the scale is refused, naming how many use it.
  const project = await e.get<{ ratingScale: { key: string }[] }>(`/api/v1/projects/${projectId}`);
  expect(project.ratingScale.map((x) => x.key)).toContain("satire");
  const token = await apiToken(request, editor.email, editor.password);
  const current = await request.get(`/api/v1/projects/${projectId}`, { headers: { authorization: `Bearer ${token}` } });
  const refused = await request.patch(`/api/v1/projects/${projectId}`, {
    headers: { authorization: `Bearer ${token}`, "if-match": current.headers()["etag"]! },
    data: { ratingScale: project.ratingScale.filter((x) => x.key !== "misleading") },
  });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
    "“Misleading” is used by 1 verdict and 0 resolutions: retire it instead of deleting it.",
  );

  // The claim panel offers the new scale: renamed, added, the retired one gone.
  const panel = await openClaim(page, documentId, claimId);
  const choices = panel.getByLabel("Rating", { exact: true }).getByRole("option");
  await expect(choices).toHaveText([
    "Choose a rating…",
    "True",
    "Mostly true",
    "Largely false",
    "False",
    "Misleading",
    "Unproven",
    "Satire",
  ]);
  await panel.getByLabel("Rating", { exact: true }).selectOption({ label: "Satire" });
  await expect(panel.getByText("Not meant to be taken as fact.")).toBeVisible();

  // So does the dashboard.
  await page.goto(`/projects/${projectId}/dashboard`);
  const verdicts = page.getByRole("region", { name: "Verdicts", exact: true });
  await expect(verdicts).toContainText("Largely false");
  await expect(verdicts).toContainText("Satire");
  await expect(verdicts).not.toContainText("Mostly false");
  await expect(verdicts.getByRole("link", { name: "Misleading, verdicts: 1", exact: true })).toBeVisible();
});

test("an editor assigns several claims at once from the claims explorer", async ({ page, request }) => {
  const { e, editor, first, projectId, documentId, claimId } = await arrange(request);
  const other = await e.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
    selector: { type: "TextQuoteSelector", exact: "no definitive evidence of missile transfers" },
  });

  await signIn(page, editor.email, editor.password);
  await page.goto(`/projects/${projectId}/claims`);
  await page.getByLabel(`Select “${QUOTE}”`).check();
  await page.getByLabel("Select “no definitive evidence of missile transfers”").check();
  const bulk = page.getByRole("form", { name: "Assign the selected claims" });
  await bulk.getByLabel("Assign the selected claims to").selectOption({ label: `${first.name} (reviewer)` });
  await bulk.getByRole("button", { name: "Assign" }).click();
  await expect(bulk.getByRole("status")).toHaveText("2 claims assigned.");
  for (const id of [claimId, other.id])
    await expect(page.locator(`tr[data-claim-id="${id}"]`)).toContainText(first.name);
  expect((await e.get<{ assigneeId: string }>(`/api/v1/claims/${other.id}`)).assigneeId).toBe(first.id);
});
