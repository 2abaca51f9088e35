import { expect, test, type APIResponse } from "@playwright/test";
import { adminApi, admin, apiToken, signIn } from "./support/accounts";

async function expectError(res: APIResponse, status: number, code: string) {
  expect(res.status(), await res.text()).toBe(status);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
}

test("bad input gets the documented JSON errors, never a 500", async ({ request }) => {
  const token = await apiToken(request, admin.email, admin.password);
  const auth = { authorization: `Bearer ${token}` };
  const a = await adminApi(request);
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "Errors desk" });

  await expectError(await request.get("/api/v1/projects"), 401, "unauthenticated");
  await expectError(
    await request.get("/api/v1/projects", { headers: { authorization: "Bearer nope" } }),
    401,
    "unauthenticated",
  );

  await expectError(
    await request.post(`/api/v1/projects/${projectId}/documents`, {
      headers: { ...auth, "content-type": "application/json" },
      data: '{"title": "x",',
    }),
    400,
    "bad-request",
  );
  await expectError(
    await request.post(`/api/v1/projects/${projectId}/documents`, {
      headers: { ...auth, "content-type": "application/json" },
      data: "[1, 2]",
    }),
    400,
    "bad-request",
  );
  const wrongTypes = await request.post(`/api/v1/projects/${projectId}/documents`, {
    headers: auth,
    data: { title: 42, text: ["no"] },
  });
  await expectError(wrongTypes, 422, "invalid");
  expect(Object.keys((await wrongTypes.json()).error.fields)).toEqual(expect.arrayContaining(["title", "text"]));
  await expectError(
    await request.post(`/api/v1/projects/${projectId}/documents`, {
      headers: auth,
      data: { title: "Two bodies", text: "a", html: "<p>b</p>" },
    }),
    422,
    "invalid",
  );
  await expectError(
    await request.post(`/api/v1/projects/${projectId}/documents`, {
      headers: auth,
      data: { title: "Bad URL", text: "a", sourceUrl: "javascript:alert(1)" },
    }),
    422,
    "invalid",
  );
  await expectError(
    await request.post(`/api/v1/projects/${projectId}/documents`, {
      headers: { ...auth, "content-type": "text/plain" },
      data: "title=x",
    }),
    415,
    "unsupported-media-type",
  );
  await expectError(
    await request.post(`/api/v1/projects/${projectId}/documents`, {
      headers: auth,
      data: { title: "Huge", text: "x".repeat(2 * 1024 * 1024 + 10) },
    }),
    413,
    "too-large",
  );

  await expectError(
    await request.get("/api/v1/projects/00000000-0000-0000-0000-000000000000/documents", { headers: auth }),
    404,
    "not-found",
  );
  await expectError(
    await request.post("/api/v1/projects/not-a-uuid/documents", { headers: auth, data: { title: "x", text: "y" } }),
    404,
    "not-found",
  );
  await expectError(await request.get("/api/v1/documents/%00%27;drop", { headers: auth }), 404, "not-found");
  await expectError(await request.get("/api/v1/no-such-route", { headers: auth }), 404, "not-found");
  await expectError(
    await request.post(`/api/v1/projects/${projectId}/members`, {
      headers: auth,
      data: { userId: "nobody", role: "viewer" },
    }),
    422,
    "invalid",
  );
  await expectError(
    await request.post(`/api/v1/projects/${projectId}/members`, {
      headers: auth,
      data: { userId: "x", role: "owner" },
    }),
    422,
    "invalid",
  );

  // Nothing above created a document.
  const docs = await a.get<unknown[]>(`/api/v1/projects/${projectId}/documents`);
  expect(docs).toHaveLength(0);
});

test("a document created through the API is read back with its canonical text in code points", async ({ request }) => {
  const a = await adminApi(request);
  const { id: projectId } = await a.post<{ id: string }>("/api/v1/projects", { name: "API desk" });
  const created = await request.post(`/api/v1/projects/${projectId}/documents`, {
    headers: { authorization: `Bearer ${await apiToken(request, admin.email, admin.password)}` },
    data: {
      title: "Emoji and RTL",
      text: "First 😀 paragraph\nwith a break.\r\n\r\nשלום עולם",
      language: "en",
      publishedAt: "2025-01-14",
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect(created.headers()["location"]).toBe(`/api/v1/documents/${id}`);

  const doc = await a.get<{ text: string; revision: number; title: string; publishedAt: string }>(
    `/api/v1/documents/${id}`,
  );
  expect(doc.text).toBe("First 😀 paragraph\nwith a break.\n\nשלום עולם");
  expect(doc.revision).toBe(1);
  expect(doc.publishedAt).toBe("2025-01-14");

  const list = await a.get<{ id: string; claimCount: number }[]>(`/api/v1/projects/${projectId}/documents`);
  expect(list.map((d) => d.id)).toEqual([id]);
  expect(list[0]?.claimCount).toBe(0);
});

test("a cookie-authenticated write from another site is refused", async ({ page, baseURL }) => {
  await signIn(page, admin.email, admin.password);
  const fromElsewhere = await page.request.post("/api/v1/projects", {
    headers: { origin: "https://evil.example" },
    data: { name: "Forged desk" },
  });
  await expectError(fromElsewhere, 403, "forbidden");
  const crossSite = await page.request.post("/api/v1/projects", {
    headers: { "sec-fetch-site": "cross-site" },
    data: { name: "Forged desk" },
  });
  await expectError(crossSite, 403, "forbidden");
  const sameOrigin = await page.request.post("/api/v1/projects", {
    headers: { origin: baseURL ?? "" },
    data: { name: "Own desk" },
  });
  expect(sameOrigin.status()).toBe(201);
  const projects = (await (await page.request.get("/api/v1/projects")).json()) as { name: string }[];
  expect(projects.map((p) => p.name)).not.toContain("Forged desk");
});
