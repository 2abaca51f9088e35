import { expect, test, type Page } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { admin, adminApi, apiToken, createUser, signIn } from "./support/accounts";

/** Records every content security policy violation a page reports, from its first script on. */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

function directives(policy: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (policy ?? "").split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

test("pages and API answers carry the security headers, each page its own nonce", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  for (const res of [first, second]) {
    const h = res.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    // Served over http (no https PUBLIC_BASE_URL): no HSTS.
    expect(h["strict-transport-security"]).toBeUndefined();
    const csp = directives(h["content-security-policy"]);
    expect(csp["script-src"]).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'$/);
    expect(csp["object-src"]).toBe("'none'");
    expect(csp["base-uri"]).toBe("'none'");
    expect(csp["frame-ancestors"]).toBe("'none'");
    // Next puts the nonce on every script of the page.
    const nonce = /'nonce-([^']+)'/.exec(csp["script-src"]!)![1]!;
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(first.headers()["content-security-policy"]).not.toBe(second.headers()["content-security-policy"]);

  for (const res of [await request.get("/api/health"), await request.get("/api/v1/projects")]) {
    const h = res.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(directives(h["content-security-policy"])["default-src"]).toBe("'none'");
    expect(directives(h["content-security-policy"])["frame-ancestors"]).toBe("'none'");
  }
});

test("the main pages work under the policy, with no violation reported", async ({ page, request }) => {
  const a = await adminApi(request);
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Policy desk" });
  const { id: documentId } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
    title: "Policy article",
    text: "The treaty binds neither side. It was signed in January.",
  });
  const claim = await a.post<{ id: string }>(`/api/v1/documents/${documentId}/claims`, {
    selector: { type: "TextQuoteSelector", exact: "The treaty binds neither side" },
  });
  const token = await apiToken(request, admin.email, admin.password);
  await request.put(`/api/v1/claims/${claim.id}/verdict`, {
    headers: { authorization: `Bearer ${token}` },
    data: { rating: "false", rationale: "It binds both." },
  });

  const violations = await watchPolicy(page);
  await signIn(page, admin.email, admin.password);
  await page.goto(`/projects/${projectId}`);
  await expect(page.getByRole("heading", { name: "Policy desk" })).toBeVisible();

  // The editor (Tiptap) works: a claim opens, and a new one can be marked.
  await page.goto(`/documents/${documentId}#claim-${claim.id}`);
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await expect(page.locator(`[data-claim-id="${claim.id}"]`).first()).toBeVisible();
  await expect(page.getByText("It binds both.").first()).toBeVisible();

  await page.goto(`/projects/${projectId}/dashboard`);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  for (const [path, name] of [
    [`/projects/${projectId}/gaps`, "Sourcing gaps"],
    [`/projects/${projectId}/claims`, "Claims"],
    [`/projects/${projectId}/members`, "Members"],
    [`/documents/${documentId}/report`, "Policy article"],
    [`/projects/${projectId}/report`, "Policy desk"],
  ]) {
    await page.goto(path!);
    await expect(page.getByRole("heading", { level: 1, name }).first()).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("sign-in sends a browser back only to a path of this site", async ({ page }) => {
  await signIn(page, admin.email, admin.password);
  for (const next of [
    "/%5Cevil.example",
    "/%09/evil.example",
    "//evil.example",
    "/\\evil.example",
    "https://evil.example",
  ]) {
    await page.goto(`/sign-in?next=${next}`);
    await expect(page).toHaveURL(`${baseURL}/projects`);
  }
  await page.goto(`/sign-in?next=${encodeURIComponent("/projects?from=sign-in")}`);
  await expect(page).toHaveURL(`${baseURL}/projects?from=sign-in`);
});

test("the sign-in form, too, follows only a path of this site", async ({ browser }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/sign-in?next=%2F%5Cevil.example");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/projects`);
  await context.close();
});

test("a forged X-Forwarded-Proto does not make the session cookie Secure", async ({ browser }) => {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const page = await context.newPage();
  await signIn(page, admin.email, admin.password);
  const cookie = (await context.cookies()).find((c) => c.name === "claimdesk_session");
  expect(cookie?.secure).toBe(false);
  await expect(page.getByRole("navigation", { name: "Main" }).getByText(admin.name)).toBeVisible();
  await context.close();
});

test("a chunked upload is refused once it passes 10 MiB, and an outsider's before any is read", async ({ request }) => {
  const a = await adminApi(request);
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Chunked desk" });
  const outsider = await createUser(request, "Otto Outsider");
  const send = async (token: string) => {
    let sent = 0;
    const boundary = "----chunked";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n`,
    );
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 200 * 1024 * 1024) return controller.close();
        const chunk = sent === 0 ? head : new Uint8Array(64 * 1024).fill(0x61);
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    // Node's fetch sends a stream body chunked, with no Content-Length.
    const res = await fetch(`${baseURL}/api/v1/projects/${projectId}/documents`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: "half",
    } as RequestInit);
    return { status: res.status, body: (await res.json()) as { error: { code: string } }, sent };
  };
  const big = await send(await apiToken(request, admin.email, admin.password));
  expect(big.status).toBe(413);
  expect(big.body.error.code).toBe("too-large");
  expect(big.sent).toBeLessThan(100 * 1024 * 1024);
  const refused = await send(await apiToken(request, outsider.email, outsider.password));
  expect(refused.status).toBe(404);
  expect(refused.sent).toBeLessThan(100 * 1024 * 1024);
});

test("a malformed cookie is answered as no cookie, not as a server error", async ({ request }) => {
  for (const path of ["/api/v1/projects", "/projects", "/sign-in"]) {
    const res = await request.get(path, {
      headers: { cookie: "claimdesk_session=%E0%A4%A" },
      maxRedirects: 0,
    });
    expect(res.status(), path).toBeLessThan(500);
  }
});
