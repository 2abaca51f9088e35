import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getHandle } from "@/db/client";
import { useTemporaryDatabase } from "@/db/test-database";
import { errorCodes } from "@/lib/errors";
import { callRoute, listRouteTemplates, routeMethods, type Method, type Params } from "./_http/testing/routes";
import {
  authHeaders,
  buildWorld,
  callers,
  FIRST_SENTENCE,
  type Caller,
  type Targets,
  type World,
} from "./_http/testing/world";

/**
 * Thousands of random and mutated requests to every REST route, called in-process against a
 * temporary database: wrong types, huge and negative numbers, lone surrogates, deep nesting,
 * duplicate keys, unknown fields, odd headers and media types. Every answer must be a
 * documented status, and every refusal the JSON error of its code; never a 5xx. Afterwards the
 * database must pass SQLite's integrity and foreign key checks.
 *
 * Bounded in time: CLAIMDESK_FUZZ_SECONDS (default 20) for a longer run, as the reliability
 * suite does; CLAIMDESK_FUZZ_SEED to replay one.
 */
const SECONDS = Number(process.env.CLAIMDESK_FUZZ_SECONDS ?? "20");
const SEED = process.env.CLAIMDESK_FUZZ_SEED ? Number(process.env.CLAIMDESK_FUZZ_SEED) : Date.now() % 2 ** 31;

const documented = new Set<number>([200, 201, 204, 400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429]);

type Route = { template: string; method: Method };

let world: World;
let routes: Route[];
/** Objects to aim at, made once: a request that deletes one leaves 404s for the next, which is fine. */
let pool: Targets[];
let cleanup: () => void;

beforeAll(async () => {
  cleanup = useTemporaryDatabase();
  world = await buildWorld();
  pool = Array.from({ length: 25 }, () => world.fresh());
  routes = [];
  for (const template of listRouteTemplates()) {
    for (const method of await routeMethods(template)) routes.push({ template, method });
  }
});
afterAll(() => cleanup());

// ---- Values --------------------------------------------------------------------------------

const loneSurrogates = fc.constantFrom("\ud800", "\udfff", "a\ud83d", "\ude00b", "\ud800\ud800");
const nastyStrings = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  loneSurrogates,
  fc.constantFrom(
    "",
    " ",
    "-1",
    "0",
    "1e309",
    "NaN",
    "null",
    "undefined",
    "../../etc/passwd",
    "%00",
    "%E0%A4%A",
    "\u0000",
    "\u202etxt.exe",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "a".repeat(5000),
    "9".repeat(400),
  ),
);
const nastyNumbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, -0, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, 1e308, -1e308, 0.5, 4294967296),
);
const nastyScalar = fc.oneof(nastyStrings, nastyNumbers, fc.boolean(), fc.constant(null));
const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyScalar },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.array(nastyScalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(nastyStrings, nastyScalar, { maxKeys: 5 }) },
);

/** Text that is not what it says: deep nesting, duplicate keys, broken JSON, escaped lone surrogates. */
const rawBodies = fc.oneof(
  fc.integer({ min: 1, max: 20_000 }).map((n) => "[".repeat(n) + "]".repeat(n)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => '{"a":'.repeat(n) + "1" + "}".repeat(n)),
  fc
    .integer({ min: 1, max: 5_000 })
    .map((n) => `{"content":${'{"type":"doc","content":['.repeat(n)}${"]}".repeat(n)}}`),
  fc.constantFrom(
    '{"title":"a","title":5,"text":"x","text":["y"]}',
    '{"rating":"true","rating":"false"}',
    '{"body":"\\ud800"}',
    '{"name":"\\udfff\\ud800"}',
    '{"title":"T","text":"\\ud83d"}',
    "{",
    '{"a":1,}',
    "nul",
    "\u0000",
    '"just a string"',
    "[]",
    "1e999999",
    '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}',
  ),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
);

const mediaTypes = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-16",
  "application/ld+json",
  "APPLICATION/JSON",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=xyz",
  "multipart/form-data",
  "application/octet-stream",
  "",
  "json",
);

const oddHeaders = fc.record(
  {
    "if-match": fc.constantFrom("*", '"x.1"', "garbage", '"a"', 'W/"x.1"', '"x.-1"', `"${"9".repeat(40)}"`, ""),
    "last-event-id": fc.constantFrom("-1", "0", "99999999999999999999", "abc", ""),
    cookie: fc.constantFrom(
      "claimdesk_session=%E0%A4%A",
      "claimdesk_session=",
      "claimdesk_session=nope",
      "claimdesk_session=%",
      "a=b; claimdesk_session",
    ),
    authorization: fc.constantFrom("Bearer", "Bearer  ", "Basic YTpi", "Bearer a b", "bearer cd_nope", "Bearer \u00e9"),
    origin: fc.constantFrom("https://evil.example", "null"),
    "sec-fetch-site": fc.constantFrom("cross-site", "same-origin"),
    "content-length": fc.constantFrom("0", "-1", "99999999999", "abc"),
  },
  { requiredKeys: [] },
);

// ---- Requests ------------------------------------------------------------------------------

type Plan = {
  route: Route;
  target: number;
  caller: Caller;
  params: Record<string, "valid" | "other-project" | string>;
  query: [string, unknown][];
  headers: Record<string, string>;
  contentType: string | null;
  body:
    | { kind: "none" }
    | { kind: "valid-mutated"; mutations: [string, unknown][]; drop: string[] }
    | { kind: "json"; value: unknown }
    | { kind: "raw"; text: string };
};

const queryNames = [
  "format",
  "projectId",
  "q",
  "rating",
  "status",
  "sort",
  "order",
  "limit",
  "cursor",
  "kind",
  "documentId",
  "from",
  "to",
  "hasSource",
  "lastEventId",
  "before",
  "person",
];
const knownValues = fc.constantFrom("csv", "json", "html", "markdown", "claimreview", "webannotation", "true", "open");

const plans: fc.Arbitrary<Plan> = fc.record({
  route: fc.nat().map((n) => routes[n % routes.length]!),
  target: fc.nat(),
  caller: fc.constantFrom(...callers),
  params: fc.dictionary(
    fc.constantFrom("id", "sourceId", "userId", "path"),
    fc.oneof(
      { weight: 5, arbitrary: fc.constant("valid") },
      { weight: 1, arbitrary: fc.constant("other-project") },
      { weight: 2, arbitrary: nastyStrings },
    ),
  ),
  query: fc.array(fc.tuple(fc.constantFrom(...queryNames), fc.oneof(knownValues, nastyScalar)), { maxLength: 4 }),
  headers: oddHeaders,
  contentType: fc.option(mediaTypes, { freq: 4 }),
  body: fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: "none" as const }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant("valid-mutated" as const),
        mutations: fc.array(
          fc.tuple(
            fc.constantFrom(
              "title",
              "text",
              "name",
              "rating",
              "body",
              "url",
              "selector",
              "claimIds",
              "unknown",
              "role",
            ),
            nastyJson,
          ),
          { maxLength: 3 },
        ),
        drop: fc.array(fc.constantFrom("title", "text", "name", "rating", "body", "url", "json"), { maxLength: 2 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("json" as const), value: nastyJson }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("raw" as const), text: rawBodies }) },
  ),
});

/** A valid request for the route, to mutate: the ids and body the access test would send. */
function validRequest(route: Route, target: number): { params: Params; json: unknown } {
  const t = pool[target % pool.length]!;
  const params: Params = {
    id: route.template.startsWith("/api/v1/claims/")
      ? t.claimId
      : route.template.startsWith("/api/v1/comments/")
        ? t.commentId
        : route.template.startsWith("/api/v1/documents/")
          ? t.documentId
          : route.template.startsWith("/api/v1/users/")
            ? world.desk.alice.userId
            : t.projectId,
    sourceId: t.sourceId,
    userId: world.desk.alice.userId,
    path: ["no", "such"],
  };
  const json: Record<string, unknown> = {
    title: "Fuzzed",
    text: "Fuzzed text.",
    name: "Fuzzed",
    rating: "true",
    rationale: "Because.",
    body: "Fuzzed comment.",
    url: "https://example.org/fuzz",
    kind: "dataset",
    stance: "supports",
    selector: { type: "TextQuoteSelector", exact: FIRST_SENTENCE },
    claimIds: [t.claimId],
    assigneeId: null,
    userId: world.newcomerId,
    role: "viewer",
    email: world.desk.viewer.email,
    password: "Victor's long password",
    start: 0,
    end: [...FIRST_SENTENCE].length,
    exact: FIRST_SENTENCE,
  };
  return { params, json };
}

function resolveParams(plan: Plan, valid: Params): Params {
  const e = world.elsewhere;
  const other: Params = {
    id: plan.route.template.startsWith("/api/v1/claims/")
      ? e.claimId
      : plan.route.template.startsWith("/api/v1/comments/")
        ? e.commentId
        : plan.route.template.startsWith("/api/v1/documents/")
          ? e.documentId
          : e.projectId,
    sourceId: e.sourceId,
    userId: world.desk.outsider.userId,
    path: ["elsewhere"],
  };
  const out: Params = { ...valid };
  for (const [name, choice] of Object.entries(plan.params)) {
    out[name] = choice === "valid" ? valid[name]! : choice === "other-project" ? other[name]! : choice;
  }
  if (!Array.isArray(out.path)) out.path = [String(out.path)];
  return out;
}

function bodyOf(plan: Plan, validJson: unknown): string | undefined {
  switch (plan.body.kind) {
    case "none":
      return undefined;
    case "json":
      return JSON.stringify(plan.body.value) ?? "null";
    case "raw":
      return plan.body.text;
    case "valid-mutated": {
      const value = { ...(validJson as Record<string, unknown>) };
      for (const key of plan.body.drop) delete value[key];
      for (const [key, v] of plan.body.mutations) value[key] = v;
      return JSON.stringify(value);
    }
  }
}

/** What is wrong with an answer, or null when it is documented. */
async function problemWith(plan: Plan, res: Response): Promise<string | null> {
  const type = res.headers.get("content-type") ?? "";
  if (type.startsWith("text/event-stream")) {
    await res.body?.cancel();
    return res.status === 200 ? null : `stream answered ${res.status}`;
  }
  const text = await res.text();
  const isPdf = plan.query.some(([k, v]) => k === "format" && v === "pdf");
  if (!documented.has(res.status) && !(isPdf && res.status === 503))
    return `status ${res.status}: ${text.slice(0, 300)}`;
  if (res.status < 400) return null;
  if (!type.includes("application/json")) return `${res.status} as ${type}`;
  let body: { error?: { code?: string; message?: string } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return `${res.status} with a body that is not JSON: ${text.slice(0, 200)}`;
  }
  const code = body.error?.code as keyof typeof errorCodes | undefined;
  if (!code || errorCodes[code] !== res.status || !body.error?.message) {
    return `${res.status} with error ${JSON.stringify(body).slice(0, 200)}`;
  }
  return null;
}

describe("fuzzing every REST route", () => {
  it(
    "answers thousands of random and mutated requests with documented statuses and JSON errors, never a 5xx",
    async () => {
      const problems = new Map<string, string>();
      const statuses = new Map<number, number>();
      const timing = new Map<string, number>();
      let requests = 0;
      await fc.assert(
        fc.asyncProperty(plans, async (plan) => {
          const valid = validRequest(plan.route, plan.target);
          const params = resolveParams(plan, valid.params);
          const headers: Record<string, string> = { ...plan.headers, ...authHeaders(world, plan.caller) };
          if (plan.contentType !== null) headers["content-type"] = plan.contentType;
          else if (plan.body.kind !== "none") headers["content-type"] = "application/json";
          const query = new URLSearchParams(plan.query.map(([k, v]) => [k, String(v)])).toString();
          let res: Response;
          const started = performance.now();
          try {
            res = await callRoute(plan.route.template, plan.route.method, {
              params,
              query,
              headers,
              body: bodyOf(plan, valid.json),
            });
          } catch (error) {
            problems.set(`${plan.route.method} ${plan.route.template} threw`, String(error));
            return true;
          }
          requests++;
          const key = `${plan.route.method} ${plan.route.template}`;
          timing.set(key, (timing.get(key) ?? 0) + (performance.now() - started));
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const problem = await problemWith(plan, res);
          if (problem) problems.set(`${plan.route.method} ${plan.route.template}: ${problem.slice(0, 80)}`, problem);
          return true;
        }),
        {
          seed: SEED,
          numRuns: 10_000_000,
          interruptAfterTimeLimit: SECONDS * 1000,
          markInterruptAsFailure: false,
        },
      );

      const { sqlite } = getHandle();
      const integrity = sqlite.pragma("integrity_check") as { integrity_check: string }[];
      const foreignKeys = sqlite.pragma("foreign_key_check") as unknown[];
      const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
      console.log(
        `fuzz: ${requests} requests to ${routes.length} route methods in ${SECONDS} s (seed ${SEED}); ` +
          `answers ${byStatus.join(" ")}; ${problems.size} kinds of problem; ` +
          `integrity_check ${integrity.map((r) => r.integrity_check).join(", ")}, foreign_key_check ${foreignKeys.length} rows`,
      );
      console.log(
        [...timing]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
          .join("\n"),
      );
      expect([...problems.values()].slice(0, 20)).toEqual([]);
      expect(requests).toBeGreaterThan(SECONDS * 50);
      expect(integrity).toEqual([{ integrity_check: "ok" }]);
      expect(foreignKeys).toEqual([]);
    },
    (SECONDS + 60) * 1000,
  );
});
