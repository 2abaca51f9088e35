import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { createApiToken } from "@/services/create-api-token";
import { desk } from "@/services/testing/desk";
import { GET, PATCH } from "./route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

async function tokenOf(name: string): Promise<string> {
  return (await createApiToken({ email: `${name.toLowerCase()}@example.org`, password: `${name}'s long password` }))
    .token;
}

function call(
  handler: typeof GET,
  projectId: string,
  init: { method?: string; token: string; body?: unknown; ifMatch?: string; type?: string },
) {
  const headers: Record<string, string> = { authorization: `Bearer ${init.token}` };
  if (init.body !== undefined) headers["content-type"] = init.type ?? "application/json";
  if (init.ifMatch) headers["if-match"] = init.ifMatch;
  const request = new Request(`http://claimdesk.test/api/v1/projects/${projectId}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return handler(request, { params: Promise.resolve({ id: projectId }) });
}

describe("PATCH /api/v1/projects/:id", () => {
  it("sets the organisation with If-Match and answers the project with its new ETag", async () => {
    const d = await desk("Text.");
    const token = await tokenOf("Edith");
    const got = await call(GET, d.projectId, { token });
    const etag = got.headers.get("etag")!;
    expect(await got.json()).toMatchObject({ id: d.projectId, name: "Desk", organization: null, role: "editor" });

    const body = { organization: { name: "Fact Desk", url: "https://desk.example.org/" } };
    const res = await call(PATCH, d.projectId, { method: "PATCH", token, body, ifMatch: etag });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ organization: body.organization, name: "Desk" });
    expect(res.headers.get("etag")).not.toBe(etag);

    const stale = await call(PATCH, d.projectId, { method: "PATCH", token, body: { name: "Again" }, ifMatch: etag });
    expect(stale.status).toBe(412);
    expect((await call(PATCH, d.projectId, { method: "PATCH", token, body: { name: "Again" } })).status).toBe(428);
  });

  it("answers 422 before 428, 415 for another media type, 403 to a reviewer, 404 to an outsider", async () => {
    const d = await desk("Text.");
    const editor = await tokenOf("Edith");
    const invalid = await call(PATCH, d.projectId, {
      method: "PATCH",
      token: editor,
      body: { organization: { name: "" }, blindReview: false },
    });
    expect(invalid.status).toBe(422);
    expect(
      (
        await call(PATCH, d.projectId, {
          method: "PATCH",
          token: editor,
          body: { name: "X" },
          type: "text/plain",
          ifMatch: "*",
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await call(PATCH, d.projectId, {
          method: "PATCH",
          token: await tokenOf("Alice"),
          body: { name: "X" },
          ifMatch: "*",
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(PATCH, d.projectId, {
          method: "PATCH",
          token: await tokenOf("Olga"),
          body: { name: "X" },
          ifMatch: "*",
        })
      ).status,
    ).toBe(404);
  });
});
