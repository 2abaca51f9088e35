import fs from "node:fs";
import path from "node:path";
import type { RemoteDocument } from "jsonld/jsonld-spec";

/**
 * A JSON-LD document loader for tests, which run without network: it serves the local copy of
 * the W3C Web Annotation context (fixtures/jsonld/anno.jsonld, written from the context
 * document the Web Annotation Vocabulary publishes) for its URL, and refuses every other URL,
 * so that a test can never reach out.
 */
const ANNO_CONTEXT_URLS = ["http://www.w3.org/ns/anno.jsonld", "https://www.w3.org/ns/anno.jsonld"];

let annoContext: RemoteDocument["document"] | undefined;

export async function localDocumentLoader(url: string): Promise<RemoteDocument> {
  if (!ANNO_CONTEXT_URLS.includes(url)) throw new Error(`no local copy of ${url} (tests run without network)`);
  annoContext ??= JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../../fixtures/jsonld/anno.jsonld"), "utf8"),
  ) as RemoteDocument["document"];
  return { documentUrl: url, document: annoContext };
}

type Json = unknown;

/**
 * The leaves of compacted JSON-LD: every string, number or boolean under a key other than
 * `@context`. Each becomes one `@id`, `@type` entry or `@value` after expansion, so comparing
 * the counts shows whether expansion dropped anything.
 */
export function countCompactLeaves(node: Json): number {
  if (Array.isArray(node)) return node.reduce((n: number, item) => n + countCompactLeaves(item), 0);
  if (node !== null && typeof node === "object") {
    return Object.entries(node).reduce(
      (n, [key, value]) => (key === "@context" ? n : n + countCompactLeaves(value)),
      0,
    );
  }
  return 1;
}

/** The leaves of expanded JSON-LD: node ids, node types and values (a value's own type or language not counted). */
export function countExpandedLeaves(node: Json): number {
  if (Array.isArray(node)) return node.reduce((n: number, item) => n + countExpandedLeaves(item), 0);
  if (node === null || typeof node !== "object") return 0;
  const object = node as Record<string, Json>;
  if ("@value" in object) return 1;
  let n = 0;
  for (const [key, value] of Object.entries(object)) {
    if (key === "@id") n += 1;
    else if (key === "@type") n += Array.isArray(value) ? value.length : 1;
    else n += countExpandedLeaves(value);
  }
  return n;
}

/** Every property IRI used in expanded JSON-LD. */
export function expandedProperties(node: Json, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) expandedProperties(item, into);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith("@")) into.add(key);
      expandedProperties(value, into);
    }
  }
  return into;
}
