import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { api, apiToken, createUser, signIn } from "./support/accounts";
import { editorReady } from "./support/editor";

const QUOTE = "binds neither side to defend the other";

test("@ in a comment offers the project's members by keyboard and mouse, and the one mentioned is notified", async ({
  browser,
  page,
  request,
}) => {
  const tag = randomUUID().slice(0, 6);
  const editor = await createUser(request, `Mira Editor ${tag}`);
  const reviewer = await createUser(request, `Noor Reviewer ${tag}`);
  const viewer = await createUser(request, `Otto Viewer ${tag}`);
  const e = api(request, await apiToken(request, editor.email, editor.password));
  const { id: projectId } = await e.post<{ id: string }>("/api/v1/projects", { name: `Mentions ${tag}` });
  await e.post(`/api/v1/projects/${projectId}/members`, { userId: reviewer.id, role: "reviewer" });
  await e.post(`/api/v1/projects/${projectId}/members`, { userId: viewer.id, role: "viewer" });
  const { id: documentId } = await e.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: `Treaty ${tag}`,
    text: `The minister said the treaty ${QUOTE} in case of an attack.`,
  });
  const claim = await e.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
    selector: { type: "TextQuoteSelector", exact: QUOTE },
  });

  await signIn(page, editor.email, editor.password);
  await page.goto(`/documents/${documentId}#claim-${claim.id}`);
  await editorReady(page);
  const panel = page.getByRole("article", { name: "Claim" });
  const box = panel.getByLabel("Add a comment");
  const members = panel.getByRole("listbox", { name: "Members to mention" });

  // Every other member is offered, viewers too (they can read the claim); the writer is not.
  await box.pressSequentially("Ask @");
  await expect(members.getByRole("option")).toHaveText([reviewer.name, viewer.name]);
  await expect(members.getByRole("option", { name: reviewer.name })).toHaveAttribute("aria-selected", "true");
  await box.press("ArrowDown");
  await expect(members.getByRole("option", { name: viewer.name })).toHaveAttribute("aria-selected", "true");
  const active = await box.getAttribute("aria-activedescendant");
  expect(await members.getByRole("option", { name: viewer.name }).getAttribute("id")).toBe(active);
  await box.press("ArrowDown");
  await expect(members.getByRole("option", { name: reviewer.name })).toHaveAttribute("aria-selected", "true");
  await box.press("Escape");
  await expect(members).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");

  // Typed further, the list filters; the mouse chooses.
  await box.press("Backspace");
  await box.pressSequentially("and @Noo");
  await expect(members.getByRole("option")).toHaveText([reviewer.name]);
  await members.getByRole("option", { name: reviewer.name }).click();
  await expect(box).toBeFocused();
  await box.pressSequentially("please.");
  await expect(box).toHaveValue(`Ask and @[${reviewer.name}](${reviewer.id}) please.`);
  await panel.getByRole("button", { name: "Post" }).click();
  const posted = panel.getByRole("article", { name: `Comment by ${editor.name}` });
  await expect(posted).toHaveText(new RegExp(`Ask and @${reviewer.name} please\\.`));
  await expect(posted.locator(`[data-mention="${reviewer.id}"]`)).toHaveText(`@${reviewer.name}`);

  // The reviewer is told; the viewer, not mentioned, is not.
  const r = api(request, await apiToken(request, reviewer.email, reviewer.password));
  const v = api(request, await apiToken(request, viewer.email, viewer.password));
  type Listed = { unreadCount: number; notifications: { kind: string; text: string; href: string }[] };
  const told = await r.get<Listed>("/api/v1/me/notifications");
  expect(told.unreadCount).toBe(1);
  expect(told.notifications[0]).toMatchObject({
    kind: "mention",
    text: `${editor.name} mentioned you in a comment on the claim “${QUOTE}”`,
    href: `/documents/${documentId}#claim-${claim.id}`,
  });
  expect((await v.get<Listed>("/api/v1/me/notifications")).unreadCount).toBe(0);

  // The reviewer's notifications page lists it; opening it marks it read and opens the claim.
  const context = await browser.newContext();
  const reviewerPage = await context.newPage();
  await signIn(reviewerPage, reviewer.email, reviewer.password);
  await reviewerPage.goto("/notifications");
  await expect(reviewerPage.getByRole("status")).toHaveText("1 unread.");
  const text = `${editor.name} mentioned you in a comment on the claim “${QUOTE}”`;
  await reviewerPage.getByRole("link", { name: `Unread: ${text}` }).click();
  await expect(reviewerPage).toHaveURL(new RegExp(`/documents/${documentId}#claim-${claim.id}$`));
  await expect(reviewerPage.getByRole("article", { name: "Claim" }).getByRole("blockquote")).toHaveText(`“${QUOTE}”`);
  await expect(reviewerPage.getByRole("button", { name: "Notifications: 0 unread" })).toBeVisible();
  await context.close();
});
