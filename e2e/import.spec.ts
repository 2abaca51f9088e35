import { expect, test } from "@playwright/test";
import { admin, adminApi, apiToken, createUser, signIn } from "./support/accounts";

test("an editor uploads an HTML article: its text arrives, its scripts and handlers do not", async ({
  page,
  request,
}) => {
  const a = await adminApi(request);
  const editor = await createUser(request, "Uma Uploader");
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Upload desk" });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: editor.id, role: "editor" });

  await signIn(page, editor.email, editor.password);
  await page.goto(`/projects/${projectId}`);
  await page.getByLabel("Title").fill("Uploaded piece");
  await page.getByLabel("Publisher").fill("Example Times");
  await page.getByLabel("Published").fill("2025-01-15");
  await page.getByLabel("Or upload a file").setInputFiles({
    name: "article.html",
    mimeType: "text/html",
    buffer: Buffer.from(
      '<html><head><title>t</title><script>window.pwned = true</script></head><body><h2>Heading</h2><p onclick="window.pwned = true">The minister <em>said</em> so.</p><p><a href="javascript:window.pwned=true">a link</a></p><img src=x onerror="window.pwned = true"></body></html>',
    ),
  });
  await page.getByRole("button", { name: "Create document" }).click();

  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]{36}$/);
  const text = page.getByRole("textbox", { name: "Document text" });
  await expect(text).toContainText("The minister said so.");
  await expect(text.locator("h2")).toHaveText("Heading");
  await expect(
    page.locator(".ProseMirror [onclick], .ProseMirror script, .ProseMirror a[href^='javascript']"),
  ).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  await expect(page.getByText("Example Times")).toBeVisible();
});

test("a wrong file type is refused in the form, and what was typed stays", async ({ page, request }) => {
  const a = await adminApi(request);
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Upload refusal desk" });
  await signIn(page, admin.email, admin.password);
  await page.goto(`/projects/${projectId}`);
  await page.getByLabel("Title").fill("Keeps its title");
  await page
    .getByLabel("Or upload a file")
    .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await page.getByRole("button", { name: "Create document" }).click();
  await expect(page.getByText("Upload a .txt, .md or .html file.").first()).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Keeps its title");
  expect(await a.get<unknown[]>(`/api/v1/projects/${projectId}/documents`)).toHaveLength(0);
});

test("a right-to-left document displays right-to-left", async ({ page, request }) => {
  const a = await adminApi(request);
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "RTL desk" });
  const { id } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: "ידיעה",
    text: "השר אמר כי ההסכם ייחתם ביום שישי.\n\nאין עדיין ראיות חד-משמעיות.",
    language: "he",
  });
  await signIn(page, admin.email, admin.password);
  await page.goto(`/documents/${id}`);
  const container = page.getByTestId("document-text");
  await expect(container).toHaveAttribute("dir", "rtl");
  await expect(container).toHaveAttribute("lang", "he");
  await expect(page.getByRole("textbox", { name: "Document text" })).toContainText("אין עדיין ראיות");
  const direction = await page
    .getByRole("textbox", { name: "Document text" })
    .evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe("rtl");
});

test("the REST API takes a Markdown file as a multipart upload, and refuses one over 10 MiB", async ({ request }) => {
  const a = await adminApi(request);
  const token = await apiToken(request, admin.email, admin.password);
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Multipart desk" });
  const res = await request.post(`/api/v1/projects/${projectId}/documents`, {
    headers: { authorization: `Bearer ${token}` },
    multipart: {
      title: "From Markdown",
      language: "en",
      file: { name: "piece.md", mimeType: "text/markdown", buffer: Buffer.from("# Headline\n\nA *claim* here.") },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const doc = await a.get<{ text: string }>(`/api/v1/documents/${id}`);
  expect(doc.text).toBe("Headline\n\nA claim here.");

  const big = await request.post(`/api/v1/projects/${projectId}/documents`, {
    headers: { authorization: `Bearer ${token}` },
    multipart: {
      title: "Too big",
      file: { name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(10 * 1024 * 1024 + 100 * 1024, 97) },
    },
  });
  expect(big.status()).toBe(413);
  expect(((await big.json()) as { error: { code: string } }).error.code).toBe("too-large");
});
