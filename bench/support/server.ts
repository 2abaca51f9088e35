import fs from "node:fs";
import path from "node:path";
import { readFileSync } from "node:fs";
import { quoteSelectorAt } from "@/lib/anchoring/context";
import { OffsetIndex } from "@/lib/text/offsets";
import { seededRandom, syntheticText } from "@/lib/text/synthetic-text";

// The server the benchmark runs against (bench/run.mjs starts a production build on a throwaway
// database) and the data the server cases share, made through the public API as another program
// would and remembered in the run's folder, so that each case file makes only what is missing.

export function baseUrl(): string {
  const url = process.env.BENCH_BASE_URL;
  if (!url) throw new Error("BENCH_BASE_URL is not set: run the server cases through `npm run bench`.");
  return url;
}

export class ApiError extends Error {}

/** A JSON client of the API, signed in with a bearer token. */
export class Api {
  constructor(readonly token: string) {}

  async request(method: string, url: string, body?: unknown, expected = [200, 201]): Promise<Response> {
    const res = await fetch(`${baseUrl()}${url}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!expected.includes(res.status)) throw new ApiError(`${method} ${url}: ${res.status} ${await res.text()}`);
    return res;
  }

  async get<T>(url: string): Promise<T> {
    return (await (await this.request("GET", url)).json()) as T;
  }

  async post<T>(url: string, body: unknown): Promise<T> {
    return (await (await this.request("POST", url, body)).json()) as T;
  }

  async put<T>(url: string, body: unknown): Promise<T> {
    return (await (await this.request("PUT", url, body)).json()) as T;
  }
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}${url}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new ApiError(`POST ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Runs `fn` over `items`, `concurrency` at a time. */
export async function pool<T, R>(items: readonly T[], concurrency: number, fn: (item: T, i: number) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i] as T, i);
      }
    }),
  );
  return results;
}

function statePath(): string {
  const dir = process.env.BENCH_OUT;
  if (!dir) throw new Error("BENCH_OUT is not set: run the server cases through `npm run bench`.");
  return path.join(dir, "desk.json");
}

/** What `make` made the first time any case asked for `key` in this run. */
async function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  const file = statePath();
  const state = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  if (key in state) return state[key] as T;
  const t = performance.now();
  const value = await make();
  console.log(`[bench] made ${key} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const now = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  fs.writeFileSync(file, JSON.stringify({ ...now, [key]: value }));
  return value;
}

export interface Account {
  id: string;
  name: string;
  email: string;
  password: string;
  token: string;
}

/** The instance's first admin (the demo project is off in the benchmark's server). */
export function admin(): Promise<Account> {
  return once("admin", async () => {
    const account = { name: "Bench Admin", email: "bench.admin@example.org", password: "a long bench password" };
    const { id } = await postJson<{ id: string }>("/api/v1/setup", account);
    const { token } = await postJson<{ token: string }>("/api/v1/tokens", {
      email: account.email,
      password: account.password,
      label: "bench",
    });
    return { id, ...account, token };
  });
}

export async function adminApi(): Promise<Api> {
  return new Api((await admin()).token);
}

/** A reviewer of `projectId`, with a token. */
async function reviewerOf(projectId: string, name: string): Promise<Account> {
  const a = await adminApi();
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`;
  const password = `${name}'s long bench password`;
  const { id } = await a.post<{ id: string }>("/api/v1/users", { name, email, password });
  await a.post(`/api/v1/projects/${projectId}/members`, { userId: id, role: "reviewer" });
  const { token } = await postJson<{ token: string }>("/api/v1/tokens", { email, password, label: "bench" });
  return { id, name, email, password, token };
}

const vocabulary = () => readFileSync("fixtures/russia-iran-treaty.txt", "utf8").split(/\s+/);

/** About `words` words of prose-like text (six characters a word), the same for the same seed. */
export function articleText(words: number, seed: number): string {
  return syntheticText(words * 6, seededRandom(seed), vocabulary());
}

export interface ClaimSelector {
  selector: [
    { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
    { type: "TextPositionSelector"; start: number; end: number },
  ];
}

/**
 * `count` claims of 3 to 14 words at places spread over `text`, as an annotation client sends
 * them: the quote with its context and the position, in code points.
 */
export function claimSelectors(text: string, count: number, seed: number): ClaimSelector[] {
  const random = seededRandom(seed);
  const index = new OffsetIndex(text);
  const starts: number[] = [];
  for (let i = text.indexOf(" "); i !== -1; i = text.indexOf(" ", i + 1)) starts.push(i + 1);
  const selectors: ClaimSelector[] = [];
  for (let n = 0; n < count; n++) {
    const w = Math.floor(((n + random()) / count) * (starts.length - 20));
    const from = starts[w] as number;
    const to = (starts[w + 3 + Math.floor(random() * 12)] as number) - 1;
    const start = index.toCodePoint(from);
    const end = index.toCodePoint(to);
    const quote = quoteSelectorAt(text, start, end, index);
    selectors.push({
      selector: [
        { type: "TextQuoteSelector", ...quote },
        { type: "TextPositionSelector", start, end },
      ],
    });
  }
  return selectors;
}

export interface Article {
  projectId: string;
  documentId: string;
  claimIds: string[];
}

async function article(
  a: Api,
  projectId: string,
  title: string,
  text: string,
  claims: number,
  seed: number,
): Promise<Article> {
  const { id } = await a.post<{ id: string }>(`/api/v1/projects/${projectId}/documents`, { title, text });
  const bodies = claimSelectors(text, claims, seed);
  const created = await pool(bodies, 8, (body) => a.post<{ id: string }>(`/api/v1/documents/${id}/claims`, body));
  return { projectId, documentId: id, claimIds: created.map((c) => c.id) };
}

export interface DeskArticles {
  projectId: string;
  /** 100,000 words with 5,000 claims. */
  annotated: Article;
  /** The same words with none. */
  plain: Article;
  reviewer: Account;
}

/** The page's case: a 100,000-word article with 5,000 claims, and the same article with none. */
export function deskArticles(): Promise<DeskArticles> {
  return once("deskArticles", async () => {
    const a = await adminApi();
    const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Desk at scale" });
    const text = articleText(100_000, 42);
    const annotated = await article(a, projectId, "A long article, annotated", text, 5000, 1);
    const plain = await article(a, projectId, "A long article, plain", text, 0, 1);
    const reviewer = await reviewerOf(projectId, "Rita Reviewer");
    return { projectId, annotated, plain, reviewer };
  });
}

/** A project of its own for the API cases: a 20,000-word article (no claims) and one with 500. */
export function apiArticles(): Promise<{ projectId: string; write: Article; read: Article; writeText: string }> {
  return once("apiArticles", async () => {
    const a = await adminApi();
    const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "API" });
    const writeText = articleText(20_000, 7);
    const write = await article(a, projectId, "Twenty thousand words", writeText, 0, 7);
    const read = await article(a, projectId, "Five hundred claims", articleText(20_000, 8), 500, 8);
    return { projectId, write, read, writeText };
  });
}

/**
 * The export case's project: 10,000 claims over four 20,000-word articles, a quarter rated by a
 * reviewer, a tenth resolved, a fifth citing a source.
 */
export function exportProject(): Promise<{ projectId: string; claims: number }> {
  return once("exportProject", async () => {
    const a = await adminApi();
    const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Export" });
    const claimIds: string[] = [];
    for (let d = 0; d < 4; d++) {
      const made = await article(a, projectId, `Export article ${d + 1}`, articleText(20_000, 100 + d), 2500, 100 + d);
      claimIds.push(...made.claimIds);
    }
    const reviewer = new Api((await reviewerOf(projectId, "Xavier Exporter")).token);
    const ratings = ["true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unproven"];
    await pool(
      claimIds.filter((_, i) => i % 4 === 0),
      8,
      (id, i) =>
        reviewer.put(`/api/v1/claims/${id}/verdict`, {
          rating: ratings[i % ratings.length],
          rationale: `Checked against the record (${i}).`,
        }),
    );
    await pool(
      claimIds.filter((_, i) => i % 10 === 0),
      8,
      (id, i) =>
        a.put(`/api/v1/claims/${id}/resolution`, {
          rating: ratings[i % ratings.length],
          rationale: `Resolved on the evidence (${i}).`,
        }),
    );
    await pool(
      claimIds.filter((_, i) => i % 5 === 0),
      8,
      (id, i) =>
        a.post(`/api/v1/claims/${id}/sources`, {
          url: `https://example.org/evidence/${i % 300}`,
          title: `Evidence ${i % 300}`,
          kind: "news-report",
          stance: "supports",
        }),
    );
    return { projectId, claims: claimIds.length };
  });
}
