/**
 * The REST routes as the tests walk them: every `app/api/v1/**\/route.ts`, found on disk (so
 * a new route is walked, or fails the test that wants an entry for it), and a way to call
 * their handlers in-process with a Request, as Next would.
 */
import fs from "node:fs";
import path from "node:path";

export const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof methods)[number];

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
type RouteModule = Partial<Record<Method, Handler>>;

const V1 = path.resolve(import.meta.dirname, "../../v1");

/** Every route of the API as its path template, `/api/v1/claims/[id]/sources/[sourceId]`. */
export function listRouteTemplates(): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name === "route.ts") {
        const relative = path.relative(V1, dir).split(path.sep).join("/");
        found.push(`/api/v1${relative ? `/${relative}` : ""}`);
      }
    }
  };
  visit(V1);
  return found.sort();
}

const modules = new Map<string, Promise<RouteModule>>();

function load(template: string): Promise<RouteModule> {
  let loaded = modules.get(template);
  if (!loaded) {
    const file = path.join(V1, template.replace(/^\/api\/v1\/?/, ""), "route.ts");
    loaded = import(/* @vite-ignore */ file) as Promise<RouteModule>;
    modules.set(template, loaded);
  }
  return loaded;
}

/** The methods a route's module answers (others are Next's 405). */
export async function routeMethods(template: string): Promise<Method[]> {
  const mod = await load(template);
  return methods.filter((m) => typeof mod[m] === "function");
}

export type Params = Record<string, string | string[]>;

/** The path of `template` with `params` in place (a catch-all's segments joined), each encoded. */
export function fillPath(template: string, params: Params): string {
  return template.replace(/\[(\.\.\.)?(\w+)\]/g, (_, rest: string | undefined, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${template}: no value for ${name}`);
    if (rest) return (Array.isArray(value) ? value : [value]).map(encodeSegment).join("/");
    return encodeSegment(String(value));
  });
}

/** A path segment, percent-encoded; a lone surrogate (which no URL can carry) as U+FFFD, as a browser would. */
function encodeSegment(value: string): string {
  return encodeURIComponent(
    value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"),
  );
}

export type CallOptions = {
  params?: Params;
  query?: string;
  headers?: Record<string, string>;
  /** A JSON value, sent as application/json unless the headers say otherwise. */
  json?: unknown;
  /** A body sent as is. */
  body?: BodyInit;
};

/** Calls the handler of `method` on `template` as Next would. */
export async function callRoute(template: string, method: Method, options: CallOptions = {}): Promise<Response> {
  const handler = (await load(template))[method];
  if (!handler) throw new Error(`${method} ${template} is not a handler`);
  const params = options.params ?? {};
  const headers = new Headers(options.headers);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const query = options.query ? `?${options.query.replace(/^\?/, "")}` : "";
  const request = new Request(`http://claimdesk.test${fillPath(template, params)}${query}`, {
    method,
    headers,
    ...(body === undefined || method === "GET" ? {} : { body, duplex: "half" }),
  } as RequestInit);
  return handler(request, { params: Promise.resolve(params) });
}
