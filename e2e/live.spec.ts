import { expect, test } from "@playwright/test";
import { adminApi, apiToken, api, createUser, signIn } from "./support/accounts";
import { selectInDocument } from "./support/editor";

async function arrange(request: Parameters<typeof adminApi>[0]) {
  const a = await adminApi(request);
  const editor = await createUser(request, "Lena Live-Editor");
  const reviewer = await createUser(request, "Rob Live-Reviewer");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: `Live desk ${Date.now()}` });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: editor.id, role: "editor" });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: reviewer.id, role: "reviewer" });
  const { id: documentId } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: "Live document",
    text: "The minister said the treaty will be signed on Friday.\n\nCritics say there is no evidence for that.",
  });
  return { editor, reviewer, documentId };
}

test("claims and comments made by one person appear on another's open page without a reload", async ({
  browser,
  request,
}) => {
  const { editor, reviewer, documentId } = await arrange(request);
  const editorContext = await browser.newContext();
  const reviewerContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  const reviewerPage = await reviewerContext.newPage();
  await signIn(editorPage, editor.email, editor.password);
  await signIn(reviewerPage, reviewer.email, reviewer.password);
  await editorPage.goto(`/documents/${documentId}`);
  await reviewerPage.goto(`/documents/${documentId}`);
  await expect(editorPage.getByText("No claims yet.")).toBeVisible();

  await selectInDocument(reviewerPage, "the treaty will be signed on Friday");
  await reviewerPage.getByRole("button", { name: "Mark claim" }).click();
  await expect(reviewerPage.getByRole("article", { name: "Claim" })).toBeVisible();

  const list = editorPage.getByRole("list", { name: "Claims in reading order" });
  await expect(list).toContainText("the treaty will be signed on Friday");
  await expect(editorPage.locator("[data-claim-id]")).toHaveCount(1);

  // A comment by the reviewer shows up in the editor's list count and open panel.
  await list.getByRole("button").click();
  await reviewerPage.getByLabel("Add a comment").fill("Is there an official schedule?");
  await reviewerPage.getByRole("button", { name: "Post" }).click();
  await expect(reviewerPage.getByText("Is there an official schedule?")).toBeVisible();
  await expect(
    editorPage.getByRole("article", { name: "Claim" }).getByText("Is there an official schedule?"),
  ).toBeVisible();

  await editorContext.close();
  await reviewerContext.close();
});

test("the event stream resumes from Last-Event-ID and hides blind verdicts from other reviewers", async ({
  page,
  request,
}) => {
  const { editor, reviewer, documentId } = await arrange(request);
  const other = await createUser(request, "Oli Other-Reviewer");
  const a = await adminApi(request);
  const doc = await a.get<{ projectId: string }>(`/api/v1/documents/${documentId}`);
  await a.post(`/api/v1/projects/${doc.projectId}/members`, { userId: other.id, role: "reviewer" });

  const r = api(request, await apiToken(request, reviewer.email, reviewer.password));
  const claim = await r.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
    selector: { type: "TextQuoteSelector", exact: "there is no evidence" },
  });
  const put = await request.put(`/api/v1/claims/${claim.id}/verdict`, {
    headers: { authorization: `Bearer ${await apiToken(request, reviewer.email, reviewer.password)}` },
    data: { rating: "unproven", rationale: "No source given." },
  });
  expect(put.status()).toBe(200);

  const readStream = async (email: string, password: string) => {
    await signIn(page, email, password);
    return page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/documents/${id}/events`, { headers: { "Last-Event-ID": "0" } });
      const reader = res.body!.getReader();
      let text = "";
      const deadline = Date.now() + 3000;
      while (Date.now() < deadline && !text.includes("event: claim.updated")) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      await reader.cancel();
      return { type: res.headers.get("content-type"), text };
    }, documentId);
  };

  const asEditor = await readStream(editor.email, editor.password);
  expect(asEditor.type).toContain("text/event-stream");
  expect(asEditor.text).toContain("event: claim.created");
  expect(asEditor.text).toMatch(/\nid: \d+\n/);
  expect(asEditor.text).toContain("event: verdict.created");
  expect(asEditor.text).toContain(`"claimId":"${claim.id}"`);

  await page.context().clearCookies();
  const asOtherReviewer = await readStream(other.email, other.password);
  expect(asOtherReviewer.text).toContain("event: claim.created");
  expect(asOtherReviewer.text).not.toContain("event: verdict.created");
  expect(asOtherReviewer.text).not.toContain("No source given.");
});

test("a revision saved by an editor replaces the text on a reviewer's open page, claims re-attached", async ({
  browser,
  request,
}) => {
  const { editor, reviewer, documentId } = await arrange(request);
  const r = api(request, await apiToken(request, reviewer.email, reviewer.password));
  const kept = await r.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
    selector: { type: "TextQuoteSelector", exact: "the treaty will be signed on Friday" },
  });
  const gone = await r.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
    selector: { type: "TextQuoteSelector", exact: "there is no evidence" },
  });

  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await signIn(reviewerPage, reviewer.email, reviewer.password);
  await reviewerPage.goto(`/documents/${documentId}`);
  await expect(reviewerPage.locator(`[data-claim-id="${gone.id}"]`).first()).toBeVisible();

  const auth = { authorization: `Bearer ${await apiToken(request, editor.email, editor.password)}` };
  const doc = await request.get(`/api/v1/documents/${documentId}`, { headers: auth });
  const put = await request.put(`/api/v1/documents/${documentId}/content`, {
    headers: { ...auth, "if-match": doc.headers()["etag"]! },
    data: { text: "Update: officials confirmed it. The minister said the treaty will be signed on Friday." },
  });
  expect(put.status(), await put.text()).toBe(200);

  const text = reviewerPage.getByRole("textbox", { name: "Document text" });
  await expect(text).toContainText("Update: officials confirmed it.");
  await expect(text).not.toContainText("Critics say");
  await expect(reviewerPage.getByRole("list", { name: "Orphaned claims" })).toContainText("there is no evidence");
  await expect(reviewerPage.locator(`[data-claim-id="${gone.id}"]`)).toHaveCount(0);
  await expect
    .poll(() =>
      reviewerPage
        .locator(`[data-claim-id="${kept.id}"]`)
        .allTextContents()
        .then((t) => t.join("")),
    )
    .toBe("the treaty will be signed on Friday");
  await reviewerContext.close();
});
