import type { TextPositionSelector, TextQuoteSelector } from "../../anchoring/types";
import {
  at,
  digestOf,
  hasName,
  isHttpUrl,
  isObject,
  listOf,
  namesOf,
  optionalString,
  Problems,
  type JsonObject,
} from "../problems";
import { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH, MAX_TAG_LENGTH, type GivenRating, type ReadAnnotation } from "./types";

/**
 * W3C Web Annotations (https://www.w3.org/TR/annotation-model/) in their JSON-LD serialisation,
 * as ClaimDesk exports them (lib/export/webannotation.ts) and as other tools write them.
 *
 * The target's TextQuoteSelector and TextPositionSelector (whose offsets, the model says, count
 * code points) anchor the claim. The bodies, by `purpose`:
 * - `assessing` (a TextualBody): the rating; its key from `schema:identifier`, else its label from
 *   `value`. Only the first; another becomes a comment.
 * - `describing` (a TextualBody): the rationale. Only the first; another becomes a comment.
 * - `linking` (a SpecificResource with an http(s) `source`, or a bare http(s) IRI): a source.
 * - `tagging` (a TextualBody): a tag of the claim.
 * - anything else (`commenting`, no purpose, `bodyValue`, a link that is not http(s), a
 *   resource body of another kind): kept as a comment, never dropped.
 *
 * An Annotation with motivation `replying` whose target is another annotation's IRI is a reply:
 * its words become a reply in the discussion of the claim that annotation made.
 */

export const WEB_ANNOTATION_PREFIX = "webannotation:";

/** Is this JSON-LD node typed `name` (`type` or `@type`)? */
export function isTyped(value: unknown, name: string): boolean {
  return isObject(value) && (hasName(value.type, name) || hasName(value["@type"], name));
}

function idOf(object: JsonObject): unknown {
  return object.id ?? object["@id"];
}

function readQuote(selector: JsonObject, path: string, problems: Problems): TextQuoteSelector | undefined {
  if (typeof selector.exact !== "string") {
    problems.add(at(path, "exact"), "must be a string");
    return undefined;
  }
  if (selector.exact.length > MAX_QUOTE_LENGTH)
    problems.add(at(path, "exact"), `is longer than ${MAX_QUOTE_LENGTH} characters`);
  const prefix = optionalString(selector, "prefix", path, problems);
  const suffix = optionalString(selector, "suffix", path, problems);
  return {
    type: "TextQuoteSelector",
    exact: selector.exact,
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
  };
}

function readPosition(selector: JsonObject, path: string, problems: Problems): TextPositionSelector | undefined {
  const { start, end } = selector;
  let ok = true;
  for (const [key, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      problems.add(at(path, key), "must be a non-negative integer (code points)");
      ok = false;
    }
  }
  if (!ok) return undefined;
  if ((end as number) < (start as number)) {
    problems.add(at(path, "end"), "must not be before start");
    return undefined;
  }
  return { type: "TextPositionSelector", start: start as number, end: end as number };
}

/** The selectors of the first target that has a quote or a position. */
function readTarget(value: unknown, path: string, problems: Problems): ReadAnnotation["selectors"] {
  if (value === undefined || value === null) {
    problems.add(path, "is missing: an Annotation has at least one target");
    return {};
  }
  const targets = listOf(value);
  let found: ReadAnnotation["selectors"] | undefined;
  targets.forEach((target, ti) => {
    const tpath = Array.isArray(value) ? at(path, ti) : path;
    if (typeof target === "string") return;
    if (!isObject(target)) {
      problems.add(tpath, "must be an IRI or a resource object");
      return;
    }
    const selectors = listOf(target.selector);
    const result: ReadAnnotation["selectors"] = {};
    selectors.forEach((selector, si) => {
      const spath = Array.isArray(target.selector) ? at(at(tpath, "selector"), si) : at(tpath, "selector");
      if (!isObject(selector)) {
        problems.add(spath, "must be a selector object");
        return;
      }
      if (isTyped(selector, "TextQuoteSelector")) result.quote ??= readQuote(selector, spath, problems);
      else if (isTyped(selector, "TextPositionSelector")) result.position ??= readPosition(selector, spath, problems);
    });
    if (!found && (result.quote || result.position)) found = result;
  });
  return found ?? {};
}

function creatorName(value: unknown): string | null {
  const first = listOf(value)[0];
  if (typeof first === "string") return first;
  if (!isObject(first)) return null;
  for (const key of ["name", "nickname", "id", "@id"]) {
    const v = first[key];
    if (typeof v === "string" && v.trim()) return v.trim();
  }
  return null;
}

/** The annotation a reply answers: the IRI its `replying` motivation targets, else null. */
function replyTarget(item: JsonObject): string | null {
  if (!hasName(item.motivation, "replying")) return null;
  const target = listOf(item.target)[0];
  if (typeof target === "string") return target;
  if (isObject(target) && !("selector" in target)) {
    const iri = idOf(target) ?? target.source;
    if (typeof iri === "string") return iri;
  }
  return null;
}

type Bodies = Pick<ReadAnnotation, "rating" | "rationale" | "links" | "extras" | "tags">;

/** The rating's key as `schema:identifier` gives it (compacted, or expanded by a JSON-LD tool). */
function identifierOf(body: JsonObject): string | null {
  for (const key of ["schema:identifier", "http://schema.org/identifier", "https://schema.org/identifier"]) {
    const v = listOf(body[key])[0];
    if (typeof v === "string" && v.trim()) return v.trim();
    if (isObject(v) && typeof v["@value"] === "string" && v["@value"].trim()) return v["@value"].trim();
  }
  return null;
}

function readBodies(annotation: JsonObject, path: string, problems: Problems): Bodies {
  const out: Bodies = { rating: null, rationale: null, links: [], extras: [], tags: [] };
  const link = (url: string, purposes: string[]) => {
    const isLinking = purposes.length === 0 || purposes.some((p) => p === "linking" || p === "oa:linking");
    if (isLinking && isHttpUrl(url)) {
      if (!out.links.includes(url)) out.links.push(url);
    } else {
      out.extras.push(purposes.length ? `${purposes.join(", ")}: ${url}` : url);
    }
  };
  const bodyValue = annotation.bodyValue;
  if (bodyValue !== undefined) {
    if (typeof bodyValue !== "string") problems.add(at(path, "bodyValue"), "must be a string");
    else if (bodyValue.trim()) out.extras.push(bodyValue.trim());
  }
  const raw = annotation.body;
  listOf(raw).forEach((body, bi) => {
    const bpath = Array.isArray(raw) ? at(at(path, "body"), bi) : at(path, "body");
    if (typeof body === "string") {
      link(body, []);
      return;
    }
    if (!isObject(body)) {
      problems.add(bpath, "must be an IRI or a body object");
      return;
    }
    const purposes = namesOf(body.purpose).map((p) => p.replace(/^oa:/, ""));
    const purpose = (name: string) => purposes.includes(name);
    if (isTyped(body, "TextualBody") || "value" in body) {
      const value = body.value;
      if (typeof value !== "string") {
        problems.add(at(bpath, "value"), "must be a string");
        return;
      }
      if (value.length > MAX_COMMENT_LENGTH)
        problems.add(at(bpath, "value"), `is longer than ${MAX_COMMENT_LENGTH} characters`);
      if (purpose("assessing") && out.rating === null) {
        const rating: GivenRating = { identifier: identifierOf(body), label: value.trim() || null };
        out.rating = rating;
      } else if (purpose("describing") && out.rationale === null && value.trim()) {
        out.rationale = value.trim();
      } else if (purpose("tagging") && value.trim() && value.trim().length <= MAX_TAG_LENGTH) {
        if (!out.tags.includes(value.trim())) out.tags.push(value.trim());
      } else if (value.trim()) {
        out.extras.push(purpose("assessing") ? `Assessment: ${value.trim()}` : value.trim());
      }
      return;
    }
    const source = body.source ?? (isTyped(body, "SpecificResource") ? undefined : idOf(body));
    if (typeof source === "string") {
      link(source, purposes);
      return;
    }
    if (isObject(source) && typeof idOf(source) === "string") {
      link(idOf(source) as string, purposes);
      return;
    }
    problems.add(bpath, "must have a value (a TextualBody) or a source IRI (a SpecificResource)");
  });
  return out;
}

/**
 * Reads W3C Annotations (the `items` of an AnnotationPage, a bare array, or one Annotation);
 * `pathOf` names each in problems. An Annotation without an `id` is recognised on a second
 * import by a digest of its JSON.
 */
export function readWebAnnotations(
  items: unknown[],
  pathOf: (index: number) => string,
  problems: Problems,
): ReadAnnotation[] {
  const annotations: ReadAnnotation[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const p = pathOf(index);
    if (!isObject(item)) {
      problems.add(p, "must be an Annotation object");
      return;
    }
    if (!isTyped(item, "Annotation")) {
      problems.add(at(p, "type"), 'must be "Annotation"');
      return;
    }
    const rawId = idOf(item);
    if (rawId !== undefined && (typeof rawId !== "string" || rawId.trim() === "" || rawId.length > 2000)) {
      problems.add(at(p, "id"), "must be the annotation's IRI (a string)");
      return;
    }
    const id = typeof rawId === "string" ? rawId : null;
    const sourceId = `${WEB_ANNOTATION_PREFIX}${id ?? `digest:${digestOf(item)}`}`;
    const first = seen.get(sourceId);
    if (first !== undefined) problems.add(at(p, "id"), `repeats the annotation ${first}`);
    seen.set(sourceId, index);
    const creator = creatorName(item.creator);
    const repliesTo = replyTarget(item);
    if (repliesTo !== null) {
      // A reply (motivation `replying`) targets the annotation it answers: its bodies are its words.
      const bodies = readBodies(item, p, problems);
      const words = [bodies.rationale, ...bodies.extras, ...bodies.links].filter((w): w is string => !!w);
      const note =
        words.length > 0
          ? `${words.join("\n\n")}\n\n${creator ? `— via Web Annotation, ${creator}` : "— via Web Annotation"}`
          : null;
      annotations.push({
        index,
        sourceId,
        id,
        replyTo: `${WEB_ANNOTATION_PREFIX}${repliesTo}`,
        selectors: {},
        tags: bodies.tags,
        note,
        rating: null,
        rationale: null,
        links: [],
        extras: [],
        creator,
      });
      return;
    }
    const selectors = readTarget(item.target, at(p, "target"), problems);
    const bodies = readBodies(item, p, problems);
    annotations.push({ index, sourceId, id, replyTo: null, selectors, note: null, creator, ...bodies });
  });
  return annotations;
}
