import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useTemporaryDatabase } from "@/db/test-database";
import { DEMO_ARTICLE_SOURCE } from "@/lib/import/annotations/testing/demo-fixtures";
import { createApiToken } from "@/services/create-api-token";
import { listDocuments } from "@/services/list-documents";
import { desk } from "@/services/testing/desk";
import { POST as postAnnotations } from "../v1/documents/[id]/annotations/route";
import { POST as postClaim } from "../v1/documents/[id]/claims/route";
import { POST as postDocument } from "../v1/projects/[id]/documents/route";
import { POST as postImport } from "../v1/projects/import/route";

// A request body sent in chunks, with no Content-Length (what a client streaming it sends):
// the limits must be counted while reading, and nothing read before the caller is allowed.

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTemporaryDatabase();
});
afterEach(() => cleanup());

const MiB = 1024 * 1024;
const CHUNK = 64 * 1024;
const BOUNDARY = "----claimdesk-test-boundary";

/** A body of `total` bytes made on demand, `CHUNK` at a time; `pulled()` says how much the server took. */
function endlessBody(total: number, head = "") {
  const first = new TextEncoder().encode(head);
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= total) return controller.close();
        const chunk = pulled === 0 && first.byteLength > 0 ? first : new Uint8Array(CHUNK).fill(0x61);
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

const multipartHead = (fileName: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBig\r\n` +
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
  `Content-Type: application/octet-stream\r\n\r\n`;

function request(url: string, token: string, body: ReadableStream<Uint8Array>, contentType: string): Request {
  return new Request(url, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": contentType },
    body,
    duplex: "half",
  } as RequestInit);
}

async function tokenOf(name: string): Promise<string> {
  return (await createApiToken({ email: `${name.toLowerCase()}@example.org`, password: `${name}'s long password` }))
    .token;
}

const params = <P>(value: P) => ({ params: Promise.resolve(value) });

describe("request bodies are limited while they stream", () => {
  it("answers 413 to a chunked upload as soon as it passes 10 MiB, without reading the rest", async () => {
    const d = await desk("The treaty binds neither side.");
    const token = await tokenOf("Edith");
    const body = endlessBody(50 * MiB, multipartHead("big.txt"));
    const res = await postDocument(
      request(
        `http://claimdesk.test/api/v1/projects/${d.projectId}/documents`,
        token,
        body.stream,
        `multipart/form-data; boundary=${BOUNDARY}`,
      ),
      params({ id: d.projectId }),
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("too-large");
    expect(body.pulled()).toBeLessThanOrEqual(10 * MiB + 64 * 1024 + 2 * CHUNK);
    expect(listDocuments(d.editor, d.projectId)).toHaveLength(1);
  });

  it("answers 413 to chunked annotation and project imports past 10 MiB, and to JSON past 2 MiB", async () => {
    const d = await desk(DEMO_ARTICLE_SOURCE);
    const token = await tokenOf("Alice");
    const annotations = endlessBody(50 * MiB, multipartHead("export.json"));
    const res = await postAnnotations(
      request(
        `http://claimdesk.test/api/v1/documents/${d.documentId}/annotations`,
        token,
        annotations.stream,
        `multipart/form-data; boundary=${BOUNDARY}`,
      ),
      params({ id: d.documentId }),
    );
    expect(res.status).toBe(413);
    expect(annotations.pulled()).toBeLessThanOrEqual(10 * MiB + 64 * 1024 + 2 * CHUNK);

    const restore = endlessBody(50 * MiB, multipartHead("desk.claimdesk.json"));
    const restored = await postImport(
      request(
        "http://claimdesk.test/api/v1/projects/import",
        token,
        restore.stream,
        `multipart/form-data; boundary=${BOUNDARY}`,
      ),
      params({}),
    );
    expect(restored.status).toBe(413);
    expect(restore.pulled()).toBeLessThanOrEqual(10 * MiB + 64 * 1024 + 2 * CHUNK);

    const json = endlessBody(50 * MiB, '{"claimText": "');
    const claim = await postClaim(
      request(`http://claimdesk.test/api/v1/documents/${d.documentId}/claims`, token, json.stream, "application/json"),
      params({ id: d.documentId }),
    );
    expect(claim.status).toBe(413);
    expect(json.pulled()).toBeLessThanOrEqual(2 * MiB + 2 * CHUNK);
  });

  it("reads nothing of a body in another media type, and answers 415", async () => {
    const d = await desk("The treaty binds neither side.");
    const body = endlessBody(50 * MiB);
    const res = await postClaim(
      request(
        `http://claimdesk.test/api/v1/documents/${d.documentId}/claims`,
        await tokenOf("Alice"),
        body.stream,
        "text/plain",
      ),
      params({ id: d.documentId }),
    );
    expect(res.status).toBe(415);
    expect(body.pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it("decides who may upload before reading the body: 404 to an outsider, 403 to a viewer", async () => {
    const d = await desk("The treaty binds neither side.");
    for (const [name, status] of [
      ["Olga", 404],
      ["Victor", 403],
    ] as const) {
      const body = endlessBody(9 * MiB, multipartHead("article.txt"));
      const res = await postDocument(
        request(
          `http://claimdesk.test/api/v1/projects/${d.projectId}/documents`,
          await tokenOf(name),
          body.stream,
          `multipart/form-data; boundary=${BOUNDARY}`,
        ),
        params({ id: d.projectId }),
      );
      expect(res.status, name).toBe(status);
      expect(body.pulled(), name).toBeLessThanOrEqual(CHUNK);
    }
    const outsider = endlessBody(9 * MiB, multipartHead("export.json"));
    const res = await postAnnotations(
      request(
        `http://claimdesk.test/api/v1/documents/${d.documentId}/annotations`,
        await tokenOf("Olga"),
        outsider.stream,
        `multipart/form-data; boundary=${BOUNDARY}`,
      ),
      params({ id: d.documentId }),
    );
    expect(res.status).toBe(404);
    expect(outsider.pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it("still takes a chunked upload within the limit", async () => {
    const d = await desk("The treaty binds neither side.");
    const form = new FormData();
    form.set("title", "Uploaded in chunks");
    form.set("file", new File(["First paragraph.\n\nSecond paragraph."], "article.txt"));
    const encoded = new Response(form);
    const res = await postDocument(
      request(
        `http://claimdesk.test/api/v1/projects/${d.projectId}/documents`,
        await tokenOf("Edith"),
        encoded.body!,
        encoded.headers.get("content-type")!,
      ),
      params({ id: d.projectId }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    expect(listDocuments(d.editor, d.projectId).map((doc) => doc.title)).toContain("Uploaded in chunks");
  });
});
