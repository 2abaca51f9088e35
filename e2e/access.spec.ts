import { expect, test } from "@playwright/test";
import { adminApi, api, apiToken, createUser, signIn } from "./support/accounts";

test("a viewer cannot reach an editor-only page or create documents", async ({ page, request }) => {
  const a = await adminApi(request);
  const viewer = await createUser(request, "Vera Viewer");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Access check desk" });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: viewer.id, role: "viewer" });

  await signIn(page, viewer.email, viewer.password);
  await page.getByRole("link", { name: "Access check desk" }).click();
  await expect(page.getByRole("heading", { name: "Access check desk" })).toBeVisible();
  // The page offers a viewer neither the members page nor the new-document form…
  await expect(page.getByRole("link", { name: "Members" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "New document" })).toHaveCount(0);

  // …and the server refuses them when asked directly.
  const response = await page.goto(`/projects/${projectId}/members`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByText(viewer.email)).toHaveCount(0);

  const v = api(request, await apiToken(request, viewer.email, viewer.password));
  await v.post(`/api/v1/projects/${projectId}/documents`, { title: "Sneaky", text: "Not allowed." }, 403);
  await v.post(`/api/v1/projects/${projectId}/members`, { userId: viewer.id, role: "editor" }, 403);
  // A project the viewer is not a member of does not exist for them.
  const { id: otherId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Someone else's desk" });
  const other = await page.goto(`/projects/${otherId}`);
  expect(other?.status()).toBe(404);
});

test("an editor reaches the members page and adds a reviewer by email", async ({ page, request }) => {
  const a = await adminApi(request);
  const editor = await createUser(request, "Eddie Editor");
  const reviewer = await createUser(request, "Rita Reviewer");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Members desk" });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: editor.id, role: "editor" });

  await signIn(page, editor.email, editor.password);
  await page.goto(`/projects/${projectId}`);
  await page.getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  await page.getByLabel("Member email").fill(reviewer.email);
  await page.getByLabel("Role").selectOption("reviewer");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("status")).toHaveText("Member saved.");
  await expect(page.getByRole("cell", { name: reviewer.email })).toBeVisible();

  // Adding the same member again answers 200, not a second membership.
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: reviewer.id, role: "reviewer" }, 200);
});
