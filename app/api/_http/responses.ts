import { AppError, errorBody } from "@/lib/errors";

export function json(data: unknown, init?: { status?: number; headers?: HeadersInit }): Response {
  return Response.json(data, { status: init?.status ?? 200, headers: init?.headers });
}

export function created(data: unknown, location: string, headers?: Record<string, string>): Response {
  return Response.json(data, { status: 201, headers: { Location: location, ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function errorResponse(error: AppError): Response {
  const headers: Record<string, string> = {};
  if (error.retryAfter !== undefined) headers["Retry-After"] = String(error.retryAfter);
  if (error.code === "unauthenticated") headers["WWW-Authenticate"] = 'Bearer realm="claimdesk"';
  return Response.json(errorBody(error), { status: error.status, headers });
}

/** A strong ETag from a resource's id and version. */
export function etagOf(id: string, version: number): string {
  return `"${id}.${version}"`;
}

/**
 * The versions an If-Match header names, for resource `id`: undefined when absent, "any" for
 * `*`. A tag naming another resource, or malformed, names no version (so it fails with 412).
 */
export function versionsFromIfMatch(request: Request, id: string): number[] | "any" | undefined {
  const header = request.headers.get("if-match");
  if (header === null) return undefined;
  if (header.trim() === "*") return "any";
  const versions: number[] = [];
  for (const part of header.split(",")) {
    const match = /^\s*"([^"]+)\.(\d+)"\s*$/.exec(part);
    if (match && match[1] === id) versions.push(Number(match[2]));
  }
  return versions;
}

/**
 * A JSON answer already serialised (services/support/serialized-read-cache.ts), with the ETag
 * naming it: `304 Not Modified` without a body when the request's If-None-Match names that tag
 * (or is `*`), so a client polling an unchanged list gets it once. (The server compresses the
 * answer itself: Next.js drops a route's own Content-Encoding, so a kept gzip cannot be sent.)
 */
export function serializedJson(request: Request, answer: { body: Uint8Array; etag: string }): Response {
  const header = request.headers.get("if-none-match");
  if (header !== null) {
    const tags = header.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    if (tags.includes("*") || tags.includes(answer.etag)) {
      return new Response(null, { status: 304, headers: { ETag: answer.etag } });
    }
  }
  return new Response(answer.body as BodyInit, { headers: { "Content-Type": "application/json", ETag: answer.etag } });
}
