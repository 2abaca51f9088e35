import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { readTransaction } from "@/db/queries/transaction";
import { buildProjectJson } from "@/lib/export/project-json";
import { createApiToken } from "@/services/create-api-token";
import { listDocuments } from "@/services/list-documents";
import { authorizeProject } from "@/services/support/authorize-project";
import { loadProjectJsonInput } from "@/services/support/load-project-json";
import { desk, mark, quote, rate } from "@/services/testing/desk";
import { POST } from "./route";

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

function post(token: string, body: BodyInit, contentType?: string): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (contentType) headers["content-type"] = contentType;
  return POST(new Request("http://claimdesk.test/api/v1/projects/import", { method: "POST", headers, body }), {
    params: Promise.resolve({}),
  });
}

describe("POST /api/v1/projects/import", () => {
  it("restores an export as a new project: 201 with its id and Location, as JSON or as an upload", async () => {
    const d = await desk("The treaty binds neither side. It was signed in January.");
    rate(d.alice, mark(d.alice, d.documentId, quote("The treaty binds neither side")).id, "true");
    const exported = readTransaction((q) =>
      buildProjectJson(loadProjectJsonInput(q, authorizeProject(q, d.editor, d.projectId, "project:read"))),
    );
    const token = (await createApiToken({ email: "bob@example.org", password: "Bob's long password" })).token;

    const res = await post(token, JSON.stringify(exported), "application/json");
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; claims: number };
    expect(res.headers.get("location")).toBe(`/api/v1/projects/${body.id}`);
    expect(body.claims).toBe(1);
    expect(listDocuments(d.bob, body.id)).toHaveLength(1);

    const form = new FormData();
    form.set("file", new File([JSON.stringify(exported)], "desk.claimdesk.json"));
    expect((await post(token, form)).status).toBe(201);
  });

  it("answers 422 with the problems for a file that is not a restorable export", async () => {
    await desk("Text.");
    const token = (await createApiToken({ email: "bob@example.org", password: "Bob's long password" })).token;
    const res = await post(token, JSON.stringify({ format: "claimdesk/1", documents: "none" }), "application/json");
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { fields: Record<string, string[]> } };
    expect(Object.keys(error.fields).sort()).toEqual(["documents", "exportedAt", "project", "scope"]);
  });
});
