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
