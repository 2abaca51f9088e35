import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { adminApi, createUser, signIn } from "./support/accounts";

const article = fs.readFileSync(path.join(process.cwd(), "fixtures/russia-iran-treaty.txt"), "utf8");
const hypothesisExport = path.join(process.cwd(), "fixtures/hypothesis/demo-export.json");

/** A copy of the demo article in a project of its own, with a reviewer and a viewer. */
async function arrange(request: Parameters<typeof adminApi>[0]) {
  const a = await adminApi(request);
  const reviewer = await createUser(request, "Ines Importer");
  const viewer = await createUser(request, "Vera Viewer");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: `Import desk ${Date.now()}` });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: reviewer.id, role: "reviewer" });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: viewer.id, role: "viewer" });
  const { id: documentId } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: "Russia and Iran treaty (copy)",
    text: article.split("\n").join("\n\n"),
    language: "en",
  });
  return { a, reviewer, viewer, documentId };
}

test("a reviewer uploads the Hypothesis export of the demo article and reads what came of each annotation", async ({
  page,
  request,
}) => {
  const { a, reviewer, documentId } = await arrange(request);
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/documents/${documentId}`);

  const section = page.getByRole("region", { name: "Import annotations" });
  await section.getByLabel("Annotation file").setInputFiles(hypothesisExport);
  await section.getByRole("button", { name: "Import annotations" }).click();

  await expect(section.getByRole("status")).toContainText(
    "5 claims created, 1 not anchored, 2 replies added (Hypothesis file).",
  );
  await expect(section.getByText(/Annotation 8 \(e6WnAtN5Ee-Kd4sG9yH7uQ\): quote not found/)).toBeVisible();
  await expect(section.getByRole("link", { name: /Annotation 5 \(vB4kENN4Ee-c0Xl7mT2pzw\)/ })).toBeVisible();
  await expect(section.getByText(/anchored fuzzy \(approximately: check it\)/)).toBeVisible();

  // The claims arrive in the open document live, highlighted.
  await expect(page.locator("[data-claim-id]").first()).toBeVisible();
  const claims = await a.get<{ selector: { exact: string }; tags: string[] }[]>(
    `/api/v1/documents/${documentId}/claims`,
  );
  expect(claims).toHaveLength(5);
  expect(claims.find((c) => c.selector.exact === "there’s as yet no definitive evidence")?.tags).toEqual([
    "hedged",
    "missile-transfers",
  ]);

  // Uploading it again adds nothing.
  await page.reload();
  await section.getByLabel("Annotation file").setInputFiles(hypothesisExport);
  await section.getByRole("button", { name: "Import annotations" }).click();
  await expect(section.getByRole("status")).toContainText(
    "0 claims created, 1 not anchored, 0 replies added, 7 already imported",
  );
  expect(await a.get<unknown[]>(`/api/v1/documents/${documentId}/claims`)).toHaveLength(5);
});

test("a file that is not an annotation export is refused with its problems, and a viewer has no upload", async ({
  page,
  request,
}) => {
  const { reviewer, viewer, documentId } = await arrange(request);
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/documents/${documentId}`);
  const section = page.getByRole("region", { name: "Import annotations" });
  await section
    .getByLabel("Annotation file")
    .setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"notes": []}') });
  await section.getByRole("button", { name: "Import annotations" }).click();
  await expect(section.getByRole("alert")).toContainText("nothing was imported");
  await expect(section.getByRole("list", { name: "Problems in the file" })).toContainText(
    "is not a W3C AnnotationPage",
  );

  await page.context().clearCookies();
  await signIn(page, viewer.email, viewer.password);
  await page.goto(`/documents/${documentId}`);
  await expect(page.getByRole("textbox", { name: "Document text" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Import annotations" })).toHaveCount(0);
});
