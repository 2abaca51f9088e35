import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { verdictSchema } from "@/lib/validation/claims";
import { getClaim } from "@/services/get-claim";
import { getComment } from "@/services/get-comment";
import { getDocument } from "@/services/get-document";
import { getProject } from "@/services/get-project";
import { giveVerdict } from "@/services/give-verdict";
import { resolveClaim } from "@/services/resolve-claim";
import { issueApiToken } from "@/services/support/issue-api-token";
import { mark, quote } from "@/services/testing/desk";
import { callRoute, listRouteTemplates, routeMethods, type CallOptions, type Method } from "./_http/testing/routes";
import {
  authHeaders,
  buildWorld,
  callers,
  claimTag,
  FIRST_SENTENCE,
  TEXT,
  type Caller,
  type Targets,
  type World,
} from "./_http/testing/world";

/**
 * Every REST route, walked with every kind of caller, against the answer the design documents:
 * admin (no member of the project), editor, reviewer, viewer, the editor of another project,
 * nobody signed in, and a revoked token. The routes are found on disk: a route added without
 * an entry here fails the first test. Each request gets objects of its own (a new claim with a
 * comment and a source, by the editor), so a delete or an edit leaves the next request intact.
 */

type Status = number | readonly number[];
type Expected = Record<Caller, Status>;
type Arrange = (w: World, caller: Caller) => CallOptions;
type Entry = { expect: Expected; arrange?: Arrange };

const rank = { viewer: 1, reviewer: 2, editor: 3 } as const;

/** Allowed from project role `least` up (an admin always): `ok`; a lesser member 403; others 404/401. */
function projectRole(least: keyof typeof rank, ok: Status): Expected {
  const has = (role: keyof typeof rank) => rank[role] >= rank[least];
  return {
    admin: ok,
    editor: ok,
    reviewer: has("reviewer") ? ok : 403,
    viewer: has("viewer") ? ok : 403,
    otherProject: 404,
    signedOut: 401,
    revokedToken: 401,
  };
}
const signedIn = (ok: Status): Expected => ({
  admin: ok,
  editor: ok,
  reviewer: ok,
  viewer: ok,
  otherProject: ok,
  signedOut: 401,
  revokedToken: 401,
});
const everyone = (status: Status): Expected =>
  Object.fromEntries(callers.map((c) => [c, status])) as unknown as Expected;
const adminOnly = (ok: Status): Expected => ({ ...signedIn(403), admin: ok });

const onClaim =
  (extra: (t: Targets, w: World) => Omit<CallOptions, "params"> = () => ({})): Arrange =>
  (w) => {
    const t = w.fresh();
    return { params: { id: t.claimId }, ...extra(t, w) };
  };
const onProject =
  (extra: (w: World) => Omit<CallOptions, "params"> = () => ({})): Arrange =>
  (w) => ({ params: { id: w.desk.projectId }, ...extra(w) });
const onDocument =
  (extra: (w: World, documentId: string) => Omit<CallOptions, "params"> = () => ({})): Arrange =>
  (w) => ({ params: { id: w.desk.documentId }, ...extra(w, w.desk.documentId) });

let exportFile: unknown;
let emails = 0;

/** The documented answer of every route and method, per caller. */
const table: Record<string, Partial<Record<Method, Entry>>> = {
  "/api/v1/[...path]": Object.fromEntries(
    (["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((m) => [
      m,
      { expect: everyone(404), arrange: () => ({ params: { path: ["no", "such", "route"] } }) },
    ]),
  ),
  "/api/v1/claims": {
    GET: { expect: projectRole("viewer", 200), arrange: (w) => ({ query: `projectId=${w.desk.projectId}` }) },
  },
  "/api/v1/claims/[id]": {
    GET: { expect: projectRole("viewer", 200), arrange: onClaim() },
    PATCH: {
      expect: projectRole("reviewer", 200),
      arrange: onClaim((t, w) => ({
        json: { claimText: "Reworded" },
        headers: { "if-match": claimTag(w, t.claimId) },
      })),
    },
    // The claim is the editor's: a reviewer may delete only their own, untouched.
    DELETE: {
      expect: projectRole("editor", 204),
      arrange: onClaim((t, w) => ({ headers: { "if-match": claimTag(w, t.claimId) } })),
    },
  },
  "/api/v1/claims/[id]/anchor": {
    PUT: {
      expect: projectRole("reviewer", 200),
      arrange: onClaim((t, w) => ({ json: { orphaned: true }, headers: { "if-match": claimTag(w, t.claimId) } })),
    },
  },
  "/api/v1/claims/[id]/comments": {
    GET: { expect: projectRole("viewer", 200), arrange: onClaim() },
    POST: { expect: projectRole("reviewer", 201), arrange: onClaim(() => ({ json: { body: "Agreed." } })) },
  },
  "/api/v1/claims/[id]/history": { GET: { expect: projectRole("viewer", 200), arrange: onClaim() } },
  "/api/v1/claims/[id]/resolution": {
    // Resolved by the editor; under blind review a reviewer who has not rated may not see it.
    GET: {
      expect: { ...projectRole("viewer", 200), reviewer: 404 },
      arrange: (w) => {
        const t = w.fresh();
        resolveClaim(w.desk.editor, t.claimId, { rating: "false", rationale: "Contradicted." }, undefined);
        return { params: { id: t.claimId } };
      },
    },
    PUT: {
      expect: projectRole("editor", 200),
      arrange: onClaim(() => ({ json: { rating: "false", rationale: "Contradicted by the record." } })),
    },
  },
  "/api/v1/claims/[id]/sources": {
    GET: { expect: projectRole("viewer", 200), arrange: onClaim() },
    POST: {
      expect: projectRole("reviewer", 201),
      arrange: onClaim(() => ({ json: { url: "https://example.org/record", kind: "dataset", stance: "refutes" } })),
    },
  },
  "/api/v1/claims/[id]/sources/[sourceId]": {
    GET: { expect: projectRole("viewer", 200), arrange: (w) => sourceParams(w.fresh()) },
    PATCH: {
      expect: projectRole("reviewer", 200),
      arrange: (w) => {
        const t = w.fresh();
        return { ...sourceParams(t), json: { title: "The record" }, headers: { "if-match": sourceTag(w, t) } };
      },
    },
    DELETE: {
      expect: projectRole("reviewer", 204),
      arrange: (w) => {
        const t = w.fresh();
        return { ...sourceParams(t), headers: { "if-match": sourceTag(w, t) } };
      },
    },
  },
  "/api/v1/claims/[id]/verdict": {
    PUT: { expect: projectRole("reviewer", 200), arrange: onClaim(() => ({ json: { rating: "mostly-false" } })) },
  },
  "/api/v1/comments/[id]": {
    GET: { expect: projectRole("viewer", 200), arrange: (w) => ({ params: { id: w.fresh().commentId } }) },
    // The comment is the editor's: only its author edits it, an admin included.
    PATCH: {
      expect: { ...projectRole("editor", 200), admin: 403 },
      arrange: (w) => {
        const { commentId } = w.fresh();
        const tag = `"${commentId}.${getComment(w.desk.editor, commentId).version}"`;
        return { params: { id: commentId }, json: { body: "Edited." }, headers: { "if-match": tag } };
      },
    },
    DELETE: {
      expect: projectRole("editor", 204),
      arrange: (w) => {
        const { commentId } = w.fresh();
        const tag = `"${commentId}.${getComment(w.desk.editor, commentId).version}"`;
        return { params: { id: commentId }, headers: { "if-match": tag } };
      },
    },
  },
  "/api/v1/documents/[id]": { GET: { expect: projectRole("viewer", 200), arrange: onDocument() } },
  "/api/v1/documents/[id]/annotations": {
    POST: {
      expect: projectRole("reviewer", 200),
      arrange: onDocument(() => ({
        json: [
          {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            id: `urn:example:${Math.random()}`,
            type: "Annotation",
            target: { source: "https://example.org", selector: { type: "TextQuoteSelector", exact: FIRST_SENTENCE } },
          },
        ],
      })),
    },
  },
  "/api/v1/documents/[id]/claims": {
    GET: { expect: projectRole("viewer", 200), arrange: onDocument() },
    POST: { expect: projectRole("reviewer", 201), arrange: onDocument(() => ({ json: quote("It was signed") })) },
  },
  "/api/v1/documents/[id]/content": {
    PUT: {
      expect: projectRole("editor", 200),
      arrange: (w) => {
        const id = w.freshDocument();
        const tag = `"${id}.${getDocument(w.desk.editor, id).version}"`;
        return { params: { id }, json: { text: `${TEXT} A new sentence.` }, headers: { "if-match": tag } };
      },
    },
  },
  "/api/v1/documents/[id]/events": { GET: { expect: projectRole("viewer", 200), arrange: onDocument() } },
  "/api/v1/documents/[id]/presence": {
    POST: {
      expect: projectRole("viewer", 204),
      arrange: onDocument(() => ({ json: { tab: "tab-of-a-test", claimId: null } })),
    },
  },
  "/api/v1/documents/[id]/export": {
    GET: { expect: projectRole("viewer", 200), arrange: onDocument(() => ({ query: "format=csv" })) },
  },
  "/api/v1/documents/[id]/suggestions": { GET: { expect: projectRole("viewer", 200), arrange: onDocument() } },
  "/api/v1/documents/[id]/suggestions/dismissed": {
    POST: {
      expect: projectRole("reviewer", 204),
      arrange: (w) => ({
        params: { id: w.freshDocument() },
        json: { start: 0, end: [...FIRST_SENTENCE].length, exact: FIRST_SENTENCE },
      }),
    },
  },
  "/api/v1/echo": { POST: { expect: signedIn(200), arrange: () => ({ json: { hello: "world" } }) } },
  "/api/v1/me/assignments": { GET: { expect: signedIn(200) } },
  // Kept as it was (the same password): the caller's other sessions and tokens end, this token stays.
  "/api/v1/me/password": {
    PUT: {
      expect: signedIn(200),
      arrange: (_w, caller) => ({ json: { currentPassword: passwords[caller], newPassword: passwords[caller] } }),
    },
  },
  "/api/v1/me/events": { GET: { expect: signedIn(200) } },
  "/api/v1/me/notifications": { GET: { expect: signedIn(200) } },
  "/api/v1/me/notifications/read": { POST: { expect: signedIn(200), arrange: () => ({ json: { all: true } }) } },
  "/api/v1/projects": {
    GET: { expect: signedIn(200) },
    POST: { expect: signedIn(201), arrange: () => ({ json: { name: "A new desk" } }) },
  },
  "/api/v1/projects/[id]": {
    GET: { expect: projectRole("viewer", 200), arrange: onProject() },
    PATCH: {
      expect: projectRole("editor", 200),
      arrange: onProject((w) => ({
        json: { name: "Desk" },
        headers: { "if-match": `"${w.desk.projectId}.${getProject(w.desk.editor, w.desk.projectId).version}"` },
      })),
    },
  },
  "/api/v1/projects/[id]/activity": { GET: { expect: projectRole("viewer", 200), arrange: onProject() } },
  "/api/v1/projects/[id]/adjudication": { GET: { expect: projectRole("editor", 200), arrange: onProject() } },
  "/api/v1/projects/[id]/assignments": {
    POST: {
      expect: projectRole("editor", 200),
      arrange: (w) => ({
        params: { id: w.desk.projectId },
        json: { claimIds: [w.fresh().claimId], assigneeId: w.desk.alice.userId },
      }),
    },
  },
  "/api/v1/projects/[id]/documents": {
    GET: { expect: projectRole("viewer", 200), arrange: onProject() },
    POST: { expect: projectRole("editor", 201), arrange: onProject(() => ({ json: { title: "New", text: TEXT } })) },
  },
  "/api/v1/projects/[id]/export": {
    GET: { expect: projectRole("viewer", 200), arrange: onProject(() => ({ query: "format=json" })) },
  },
  "/api/v1/projects/[id]/gaps": { GET: { expect: projectRole("viewer", 200), arrange: onProject() } },
  "/api/v1/projects/[id]/members": {
    GET: { expect: projectRole("viewer", 200), arrange: onProject() },
    POST: {
      expect: projectRole("editor", [200, 201]),
      arrange: onProject((w) => ({ json: { userId: w.newcomerId, role: "viewer" } })),
    },
  },
  "/api/v1/projects/[id]/members/[userId]": {
    GET: {
      expect: projectRole("viewer", 200),
      arrange: (w) => ({ params: { id: w.desk.projectId, userId: w.desk.alice.userId } }),
    },
  },
  "/api/v1/projects/[id]/stats": { GET: { expect: projectRole("viewer", 200), arrange: onProject() } },
  "/api/v1/projects/import": { POST: { expect: signedIn(201), arrange: () => ({ json: exportFile }) } },
  "/api/v1/setup": {
    POST: {
      expect: everyone(409),
      arrange: () => ({ json: { name: "Mallory", email: "mallory@example.org", password: "a long password" } }),
    },
  },
  // Public: the credentials are in the body, whoever sends them.
  "/api/v1/tokens": {
    POST: {
      expect: everyone(201),
      arrange: (w) => ({ json: { email: w.desk.viewer.email, password: "Victor's long password" } }),
    },
    GET: { expect: signedIn(200) },
  },
  // A token of the caller's own (another's is 404: see services/account-security.test.ts).
  "/api/v1/tokens/[id]": {
    DELETE: {
      expect: signedIn(204),
      arrange: (w, caller) => {
        const owner = caller in w.actors ? w.actors[caller as keyof World["actors"]] : w.desk.alice;
        return { params: { id: issueApiToken({ userId: owner.userId, label: null, expiresInDays: 30 }).id } };
      },
    },
  },
  "/api/v1/users": {
    GET: { expect: adminOnly(200) },
    POST: {
      expect: adminOnly(201),
      arrange: () => ({
        json: { name: "Someone", email: `someone.${++emails}@example.org`, password: "a long password" },
      }),
    },
  },
  // The reviewer's own account: others are told it does not exist.
  "/api/v1/users/[id]": {
    GET: {
      expect: { ...signedIn(404), admin: 200, reviewer: 200 },
      arrange: (w) => ({ params: { id: w.desk.alice.userId } }),
    },
    // Re-enabling an enabled account changes nothing: the newcomer is no caller here.
    PATCH: { expect: adminOnly(200), arrange: (w) => ({ params: { id: w.newcomerId }, json: { disabled: false } }) },
  },
  "/api/v1/users/[id]/password-reset": {
    POST: { expect: adminOnly(200), arrange: (w) => ({ params: { id: w.newcomerId } }) },
  },
  "/api/v1/users/[id]/sign-in-throttle": {
    DELETE: { expect: adminOnly(204), arrange: (w) => ({ params: { id: w.newcomerId } }) },
  },
};

const passwords: Record<Caller, string> = {
  admin: "a long enough password",
  editor: "Edith's long password",
  reviewer: "Alice's long password",
  viewer: "Victor's long password",
  otherProject: "Olga's long password",
  signedOut: "anything at all",
  revokedToken: "Alice's long password",
};

function sourceParams(t: Targets): CallOptions {
  return { params: { id: t.claimId, sourceId: t.sourceId } };
}
function sourceTag(w: World, t: Targets): string {
  const source = getClaim(w.desk.editor, t.claimId).sources.find((s) => s.id === t.sourceId)!;
  return `"${t.sourceId}.${source.version}"`;
}

const isOk = (expected: Status, status: number) =>
  typeof expected === "number" ? status === expected : expected.includes(status);

async function call(w: World, template: string, method: Method, caller: Caller, entry: Entry): Promise<Response> {
  const options = entry.arrange?.(w, caller) ?? {};
  const res = await callRoute(template, method, {
    ...options,
    headers: { ...options.headers, ...authHeaders(w, caller) },
  });
  return res;
}

/** The status, with the body read (or a stream cancelled) so nothing stays open. */
async function settle(res: Response): Promise<{ status: number; body: string }> {
  if ((res.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    await res.body?.cancel();
    return { status: res.status, body: "" };
  }
  return { status: res.status, body: await res.text() };
}

// Hundreds of requests a test: give them time on a loaded machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let world: World;
let cleanup: () => void;
beforeAll(async () => {
  cleanup = useTemporaryDatabase();
  world = await buildWorld();
  const res = await callRoute("/api/v1/projects/[id]/export", "GET", {
    params: { id: world.elsewhere.projectId },
    query: "format=json",
    headers: authHeaders(world, "otherProject"),
  });
  exportFile = await res.json();
});
afterAll(() => cleanup());

describe("access control, route by route", () => {
  it("has a documented answer for every route and method there is", async () => {
    const missing: string[] = [];
    for (const template of listRouteTemplates()) {
      for (const method of await routeMethods(template)) {
        if (!table[template]?.[method]) missing.push(`${method} ${template}`);
      }
    }
    expect(missing, "routes without an entry in the access table").toEqual([]);
  });

  it("answers every caller of every route as documented", async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const template of listRouteTemplates()) {
      for (const method of await routeMethods(template)) {
        const entry = table[template]?.[method];
        if (!entry) continue;
        for (const caller of callers) {
          const { status, body } = await settle(await call(world, template, method, caller, entry));
          checked++;
          if (!isOk(entry.expect[caller], status)) {
            wrong.push(
              `${method} ${template} as ${caller}: ${status}, expected ${String(entry.expect[caller])} ${body}`,
            );
          }
        }
      }
    }
    console.log(`access control: ${checked} requests, ${wrong.length} unexpected answers`);
    expect(wrong).toEqual([]);
  });

  it("answers 404 for every id of another project, to a member of this one", async () => {
    const e = world.elsewhere;
    const wrong: string[] = [];
    let checked = 0;
    for (const template of listRouteTemplates()) {
      if (!template.includes("[id]") || template.startsWith("/api/v1/users/")) continue;
      const id = template.startsWith("/api/v1/claims/")
        ? e.claimId
        : template.startsWith("/api/v1/comments/")
          ? e.commentId
          : template.startsWith("/api/v1/documents/")
            ? e.documentId
            : e.projectId;
      const params = { id, sourceId: e.sourceId, userId: world.desk.outsider.userId };
      for (const method of await routeMethods(template)) {
        checked++;
        const entry = table[template]?.[method];
        const options = entry?.arrange?.(world, "editor") ?? {};
        const res = await callRoute(template, method, {
          ...options,
          params,
          headers: { ...options.headers, ...authHeaders(world, "editor") },
        });
        const { status } = await settle(res);
        if (status !== 404) wrong.push(`${method} ${template}: ${status}`);
      }
    }
    expect(checked).toBeGreaterThan(30);
    // One of this project's claims with another project's source is no source of it either.
    const mixed = await callRoute("/api/v1/claims/[id]/sources/[sourceId]", "GET", {
      params: { id: world.fresh().claimId, sourceId: e.sourceId },
      headers: authHeaders(world, "editor"),
    });
    if (mixed.status !== 404) wrong.push(`GET a claim's source from another project: ${mixed.status}`);
    const search = await callRoute("/api/v1/claims", "GET", {
      query: `projectId=${e.projectId}`,
      headers: authHeaders(world, "editor"),
    });
    if (search.status !== 404) wrong.push(`GET /api/v1/claims?projectId=<another project>: ${search.status}`);
    expect(wrong).toEqual([]);
  });

  it("reads no body from a caller who may not send it", async () => {
    const CHUNK = 64 * 1024;
    const wrong: string[] = [];
    let checked = 0;
    for (const template of listRouteTemplates()) {
      for (const method of await routeMethods(template)) {
        const entry = table[template]?.[method];
        if (!entry || method === "GET" || method === "DELETE") continue;
        for (const caller of ["otherProject", "viewer", "signedOut"] as const) {
          const expected = entry.expect[caller];
          if (typeof expected !== "number" || expected < 400 || (expected === 404 && template.includes("[...path]")))
            continue;
          const options = entry.arrange?.(world, caller) ?? {};
          let pulled = 0;
          const body = new ReadableStream<Uint8Array>(
            {
              pull(controller) {
                if (pulled >= 8 * 1024 * 1024) return controller.close();
                pulled += CHUNK;
                controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
              },
            },
            { highWaterMark: 0 },
          );
          const res = await callRoute(template, method, {
            params: options.params,
            body,
            headers: { ...options.headers, ...authHeaders(world, caller), "content-type": "application/json" },
          });
          await settle(res);
          checked++;
          if (res.status !== expected || pulled > CHUNK) {
            wrong.push(`${method} ${template} as ${caller}: ${res.status} after reading ${pulled} bytes`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });
});

describe("access control, field by field", () => {
  const as = (caller: Caller) => authHeaders(world, caller);
  const patchClaim = (claimId: string, caller: Caller, json: unknown) =>
    callRoute("/api/v1/claims/[id]", "PATCH", {
      params: { id: claimId },
      json,
      headers: { ...as(caller), "if-match": claimTag(world, claimId) },
    });

  it("a reviewer's verdict is their own: another reviewer's stays as it was", async () => {
    const { claimId } = world.fresh();
    giveVerdict(world.desk.bob, claimId, verdictSchema.parse({ rating: "true", rationale: "Bob's view." }), undefined);
    const bobsTag = `"${claimId}~${world.desk.bob.userId}.1"`;
    const res = await callRoute("/api/v1/claims/[id]/verdict", "PUT", {
      params: { id: claimId },
      json: { rating: "false", rationale: "Alice's view." },
      headers: { ...as("reviewer"), "if-match": bobsTag },
    });
    expect(res.status).toBe(412);
    await callRoute("/api/v1/claims/[id]/verdict", "PUT", {
      params: { id: claimId },
      json: { rating: "false", rationale: "Alice's view." },
      headers: as("reviewer"),
    });
    const verdicts = getClaim(world.desk.editor, claimId).verdicts;
    expect(verdicts.find((v) => v.userId === world.desk.bob.userId)).toMatchObject({
      rating: "true",
      rationale: "Bob's view.",
    });
    expect(verdicts.find((v) => v.userId === world.desk.alice.userId)).toMatchObject({ rating: "false" });
  });

  it("a reviewer can neither resolve a claim, nor mark it resolved, nor assign it", async () => {
    const { claimId } = world.fresh();
    const resolve = await callRoute("/api/v1/claims/[id]/resolution", "PUT", {
      params: { id: claimId },
      json: { rating: "true", rationale: "Because I say so." },
      headers: as("reviewer"),
    });
    expect(resolve.status).toBe(403);
    expect((await patchClaim(claimId, "reviewer", { status: "resolved" })).status).toBe(403);
    expect((await patchClaim(claimId, "reviewer", { assigneeId: world.desk.alice.userId })).status).toBe(403);
    const claim = getClaim(world.desk.editor, claimId);
    expect(claim.status).not.toBe("resolved");
    expect(claim.resolution).toBeNull();
    expect(claim.assigneeId).toBeNull();
    // The words are a reviewer's to edit.
    expect((await patchClaim(claimId, "reviewer", { claimText: "In other words" })).status).toBe(200);
  });

  it("a reviewer deletes a claim of their own nobody else has touched, and no other", async () => {
    const own = mark(world.desk.alice, world.desk.documentId, quote("It was signed"));
    const del = (id: string) =>
      callRoute("/api/v1/claims/[id]", "DELETE", {
        params: { id },
        headers: { ...as("reviewer"), "if-match": claimTag(world, id) },
      });
    const touched = mark(world.desk.alice, world.desk.documentId, quote("It was signed"));
    giveVerdict(world.desk.bob, touched.id, verdictSchema.parse({ rating: "true" }), undefined);
    expect((await del(touched.id)).status).toBe(403);
    expect((await del(world.fresh().claimId)).status).toBe(403);
    expect((await del(own.id)).status).toBe(204);
  });

  it("an admin, like everyone, edits no one else's comment", async () => {
    const { commentId } = world.fresh(world.desk.alice);
    const tag = `"${commentId}.${getComment(world.desk.alice, commentId).version}"`;
    for (const caller of ["admin", "editor"] as const) {
      const res = await callRoute("/api/v1/comments/[id]", "PATCH", {
        params: { id: commentId },
        json: { body: "Put words in her mouth." },
        headers: { ...as(caller), "if-match": tag },
      });
      expect(res.status, caller).toBe(403);
    }
    expect(getComment(world.desk.alice, commentId).body).toBe("A first thought.");
  });
});
