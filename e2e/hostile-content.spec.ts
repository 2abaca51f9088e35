import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { marked } from "marked";
import { baseURL } from "../playwright.config";
import { admin, api, apiToken, signIn } from "./support/accounts";
import { payloadUrl, xssPayloads } from "./support/xss-payloads";

/**
 * The articles a desk imports are written by the people it checks, and anyone with an account
 * writes claims, rationales and comments: hostile text comes in every way text can. This puts
 * the corpus of e2e/support/xss-payloads.ts through each of them, through the API as a client
 * would, then opens every page that shows it in Chromium with a hook that records any script
 * the payloads manage to run (`__xss(n)`), any dialog, any navigation away, any link to a
 * script URL, and any content security policy violation (a violation means markup got through
 * and only the policy stopped it). It does so twice: under the policy, and with the policy
 * bypassed, so that escaping alone is shown to hold. The exports are checked too.
 */

type Hit = { page: string; what: string };

const HOOK = () => {
  const w = window as unknown as { __xss: (n: unknown) => void; __xssHits: string[] };
  w.__xssHits = [];
  w.__xss = (n) => w.__xssHits.push(`__xss(${String(n)})`);
  document.addEventListener("securitypolicyviolation", (e) =>
    w.__xssHits.push(`csp violation: ${e.violatedDirective} ${e.blockedURI}`),
  );
};

const DANGEROUS_URLS = () => {
  const found: string[] = [];
  for (const el of Array.from(
    document.querySelectorAll("[href], [src], [action], [formaction], [data], [xlink\\:href]"),
  )) {
    for (const name of ["href", "src", "action", "formaction", "data", "xlink:href"]) {
      const value = el.getAttribute(name);
      if (value && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u001f]/g, ""))) {
        found.push(`<${el.tagName.toLowerCase()} ${name}="${value.slice(0, 60)}">`);
      }
    }
  }
  for (const el of Array.from(document.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`<${el.tagName.toLowerCase()} ${attr.name}>`);
    }
  }
  return found;
};

async function watchedContext(browser: Browser, bypassCSP: boolean, hits: Hit[]): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, bypassCSP });
  await context.addInitScript(HOOK);
  context.on("page", (page) => watch(page, hits));
  return context;
}

function watch(page: Page, hits: Hit[]) {
  page.on("dialog", (dialog) => {
    hits.push({ page: page.url(), what: `dialog: ${dialog.message()}` });
    void dialog.dismiss();
  });
  page.on("framenavigated", (frame) => {
    const url = frame.url();
    if (!url.startsWith(baseURL) && !url.startsWith("about:"))
      hits.push({ page: page.url(), what: `navigated to ${url}` });
  });
  page.on("popup", (popup) => hits.push({ page: page.url(), what: `opened ${popup.url()}` }));
}

/** Opens `path`, waits for `ready`, and records what ran or was left in the page. */
async function visit(page: Page, path: string, hits: Hit[], ready: (page: Page) => Promise<void>) {
  const response = await page.goto(path);
  // Another claim of the same document is a change of hash only: no new response.
  if (response) expect(response.status(), path).toBeLessThan(400);
  await ready(page);
  // Handlers such as onerror and onfocus fire as the page settles: let it, then read.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const recorded = await page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits ?? []);
  for (const what of recorded) hits.push({ page: path, what });
  for (const what of await page.evaluate(DANGEROUS_URLS)) hits.push({ page: path, what });
}

const heading = (page: Page) => expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
const editor = (page: Page) => expect(page.locator(".ProseMirror")).toBeVisible();

/** The cells of a CSV file (RFC 4180 quoting). */
function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === "," || c === "\n" || c === "\r") {
      if (c === "\r" && csv[i + 1] === "\n") i++;
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  if (cell) cells.push(cell);
  return cells;
}

test("hostile text entered every way runs nowhere: pages, reports and exports", async ({ browser, request }) => {
  test.setTimeout(600_000);
  const P = xssPayloads;
  const p = (n: number) => P[n % P.length]!;
  let tried = 0;
  const note = (count = 1) => (tried += count);

  // People: the admin creates reviewers whose names are payloads.
  const adminToken = await apiToken(request, admin.email, admin.password);
  const a = api(request, adminToken);
  const people = [];
  for (let i = 0; i < 4; i++) {
    const email = `hostile.${i}.${randomUUID().slice(0, 8)}@example.org`;
    const password = `pw-${randomUUID()}`;
    const { id } = await a.post<{ id: string }>("/api/v1/users", { name: p(i).slice(0, 120), email, password });
    people.push({ id, email, password });
    note();
  }

  // Projects: named with payloads; the last one holds the work.
  for (let i = 4; i < 8; i++) {
    await a.post("/api/v1/projects", { name: p(i).slice(0, 200) });
    note();
  }
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", {
    name: `Hostile desk ${p(8)}`.slice(0, 200),
    blindReview: false,
  });
  note();
  await a.patch(`/api/v1/projects/${projectId}`, { organization: { name: p(9), url: payloadUrl(9) } });
  note(2);
  for (const person of people) {
    await a.post(`/api/v1/projects/${projectId}/members`, { userId: person.id, role: "reviewer" });
  }

  // Documents: every payload in the body of each, pasted and uploaded, as text, Markdown and HTML.
  const body = ["A plain first paragraph, to start from.", ...P].join("\n\n");
  const documents: Record<string, string> = {};
  const formats = ["text", "markdown", "html"] as const;
  for (const [i, format] of formats.entries()) {
    const { id } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
      title: p(10 + i),
      publisher: p(13 + i).slice(0, 200),
      author: p(16 + i).slice(0, 200),
      sourceUrl: payloadUrl(19 + i),
      // As HTML, a payload that opens a <style>, <title> or <textarea> swallows the rest: that
      // is the parser's business, and the reduced text is what is checked.
      [format]:
        format === "html" ? `<p>A plain first paragraph.</p>${P.map((x) => `<p>${x}</p>${x}`).join("\n")}` : body,
    });
    documents[`pasted ${format}`] = id;
    note(4 + P.length);
  }
  const extensions = { text: "txt", markdown: "md", html: "html" } as const;
  for (const [i, format] of formats.entries()) {
    const res = await request.post(`/api/v1/projects/${projectId}/documents`, {
      headers: { authorization: `Bearer ${adminToken}` },
      multipart: {
        title: p(22 + i),
        publisher: p(25 + i).slice(0, 200),
        file: { name: `hostile.${extensions[format]}`, mimeType: "text/plain", buffer: Buffer.from(body) },
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    documents[`uploaded ${format}`] = ((await res.json()) as { id: string }).id;
    note(2 + P.length);
  }
  // A `javascript:` link is refused where a URL is asked for.
  const refused = await request.post(`/api/v1/projects/${projectId}/documents`, {
    headers: { authorization: `Bearer ${adminToken}` },
    data: { title: "x", text: "x", sourceUrl: "javascript:__xss(0)" },
  });
  expect(refused.status()).toBe(422);
  note();

  // Claims on the pasted text, one a payload, with wording, claimant, verdicts, resolution,
  // sources and comments that are payloads too.
  const textDoc = documents["pasted text"]!;
  const reviewerTokens = await Promise.all(people.map((person) => apiToken(request, person.email, person.password)));
  const reviewers = reviewerTokens.map((token) => api(request, token));
  const claimIds: string[] = [];
  for (let i = 0; i < P.length; i++) {
    const claim = await a.post<{ id: string }>(`/api/v1/documents/${textDoc}/claims`, {
      selector: { type: "TextQuoteSelector", exact: P[i] },
      claimText: p(i + 1),
      claimant: p(i + 2).slice(0, 300),
    });
    claimIds.push(claim.id);
    const reviewer = reviewers[i % reviewers.length]!;
    const verdict = await request.put(`/api/v1/claims/${claim.id}/verdict`, {
      headers: { authorization: `Bearer ${reviewerTokens[i % reviewerTokens.length]}` },
      data: { rating: i % 2 ? "false" : "misleading", confidence: "high", rationale: p(i + 3) },
    });
    expect(verdict.status(), await verdict.text()).toBe(200);
    await reviewer.post(`/api/v1/claims/${claim.id}/sources`, {
      url: payloadUrl(i + 4),
      archivedUrl: payloadUrl(i + 5),
      title: p(i + 6).slice(0, 500),
      publisher: p(i + 7).slice(0, 300),
      author: p(i + 8).slice(0, 300),
      kind: "news-report",
      stance: "refutes",
      excerpt: p(i + 9),
    });
    const comment = await reviewer.post<{ id: string }>(`/api/v1/claims/${claim.id}/comments`, { body: p(i + 10) });
    await a.post(`/api/v1/claims/${claim.id}/comments`, { body: p(i + 11), parentId: comment.id });
    if (i % 3 === 0) {
      const resolved = await request.put(`/api/v1/claims/${claim.id}/resolution`, {
        headers: { authorization: `Bearer ${adminToken}` },
        data: { rating: "false", rationale: p(i + 12) },
      });
      expect(resolved.status(), await resolved.text()).toBe(200);
    }
    note(i % 3 === 0 ? 13 : 12);
  }
  const scriptUrl = await request.post(`/api/v1/claims/${claimIds[0]}/sources`, {
    headers: { authorization: `Bearer ${adminToken}` },
    data: { url: "javascript:__xss(0)", kind: "news-report", stance: "refutes" },
  });
  expect(scriptUrl.status()).toBe(422);
  note();

  // Imported annotations: W3C Web Annotations and a Hypothesis export, on the uploaded text.
  const importDoc = documents["uploaded text"]!;
  const webAnnotations = P.slice(0, 20).map((x, i) => ({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `urn:hostile:${i}`,
    type: "Annotation",
    motivation: "assessing",
    creator: { type: "Person", name: p(i + 1) },
    body: [
      { type: "TextualBody", purpose: "describing", value: p(i + 2) },
      { type: "TextualBody", purpose: "commenting", value: p(i + 3) },
      { type: "TextualBody", purpose: "tagging", value: p(i + 4).slice(0, 80) },
      { type: "SpecificResource", purpose: "linking", source: i % 2 ? "javascript:__xss(0)" : payloadUrl(i) },
    ],
    target: { source: "https://example.org/article", selector: { type: "TextQuoteSelector", exact: x } },
  }));
  const w3c = await a.post<{ created: number }>(`/api/v1/documents/${importDoc}/annotations`, webAnnotations, 200);
  expect(w3c.created).toBeGreaterThan(0);
  note(webAnnotations.length * 5);
  const hypothesis = {
    export_date: "2025-01-16T10:42:07.315Z",
    export_userid: "acct:hostile@hypothes.is",
    client_version: "1.1528.0",
    annotations: P.slice(20, 40).map((x, i) => ({
      id: `hostile-${i}`,
      created: "2025-01-15T09:12:44.508311+00:00",
      updated: "2025-01-15T09:14:02.117420+00:00",
      user: `acct:${encodeURIComponent(p(i))}@hypothes.is`,
      uri: "https://example.org/article",
      text: p(i + 1),
      tags: [p(i + 2).slice(0, 80), p(i + 3).slice(0, 80)],
      target: [{ source: "https://example.org/article", selector: [{ type: "TextQuoteSelector", exact: x }] }],
    })),
  };
  const hyp = await a.post<{ created: number }>(`/api/v1/documents/${importDoc}/annotations`, hypothesis, 200);
  expect(hyp.created).toBeGreaterThan(0);
  note(hypothesis.annotations.length * 4);

  // Every page that shows it, under the policy and with the policy bypassed.
  const importedClaims = await a.get<{ id: string }[]>(`/api/v1/documents/${importDoc}/claims`);
  const pages: [string, (page: Page) => Promise<void>][] = [
    ["/projects", heading],
    [`/projects/${projectId}`, heading],
    ...claimIds
      .filter((_, i) => i % 9 === 0)
      .map((id): [string, (page: Page) => Promise<void>] => [
        `/documents/${textDoc}#claim-${id}`,
        async (page) => {
          await editor(page);
          await expect(page.getByRole("heading", { name: "Discussion" })).toBeVisible();
        },
      ]),
    ...Object.values(documents).map((id): [string, (page: Page) => Promise<void>] => [`/documents/${id}`, editor]),
    [`/documents/${importDoc}#claim-${importedClaims[0]!.id}`, editor],
    [`/projects/${projectId}/gaps`, heading],
    [`/projects/${projectId}/dashboard`, heading],
    [`/projects/${projectId}/claims?q=script`, heading],
    [`/projects/${projectId}/claims?q=img`, heading],
    [`/documents/${textDoc}/report`, heading],
    [`/documents/${importDoc}/report`, heading],
    [`/projects/${projectId}/report`, heading],
    [`/projects/${projectId}/members`, heading],
    ["/admin/users", heading],
  ];
  const hits: Hit[] = [];
  let visits = 0;
  for (const bypassCSP of [false, true]) {
    const context = await watchedContext(browser, bypassCSP, hits);
    const page = await context.newPage();
    await signIn(page, admin.email, admin.password);
    for (const [path, ready] of pages) {
      await visit(page, path, hits, ready);
      visits++;
    }
    await context.close();
  }

  // Exports: the HTML reports hold no script and run nothing; the Markdown, rendered, neither;
  // no CSV cell can be read as a formula.
  const exportChecks: [string, string][] = [
    [`/api/v1/documents/${textDoc}/export?format=html`, "html"],
    [`/api/v1/documents/${importDoc}/export?format=html`, "html"],
    [`/api/v1/projects/${projectId}/export?format=html`, "html"],
    [`/api/v1/documents/${textDoc}/export?format=markdown`, "markdown"],
    [`/api/v1/projects/${projectId}/export?format=markdown`, "markdown"],
  ];
  const context = await watchedContext(browser, true, hits);
  const page = await context.newPage();
  for (const [url, kind] of exportChecks) {
    const res = await request.get(url, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(res.status(), url).toBe(200);
    const text = await res.text();
    if (kind === "html") expect(text, url).not.toMatch(/<script/i);
    await page.setContent(kind === "html" ? text : await marked.parse(text));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const recorded = await page.evaluate(() => (window as unknown as { __xssHits?: string[] }).__xssHits ?? []);
    for (const what of [...recorded, ...(await page.evaluate(DANGEROUS_URLS))]) hits.push({ page: url, what });
    expect(await page.locator("script, iframe, object, embed").count(), url).toBe(0);
    visits++;
  }
  await context.close();
  for (const url of [
    `/api/v1/documents/${textDoc}/export?format=csv`,
    `/api/v1/projects/${projectId}/export?format=csv`,
  ]) {
    const res = await request.get(url, { headers: { authorization: `Bearer ${adminToken}` } });
    const cells = csvCells((await res.text()).replace(/^\uFEFF/, ""));
    expect(cells.length).toBeGreaterThan(P.length);
    const formulas = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(formulas, url).toEqual([]);
  }

  console.log(
    `hostile content: ${P.length} payloads, ${tried} injected through the API, ${visits} pages and exports opened; ` +
      `${hits.length} executions, dialogs, navigations or script links`,
  );
  expect(hits).toEqual([]);
});
