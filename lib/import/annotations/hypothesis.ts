import type { TextQuoteSelector } from "../../anchoring/types";
import { at, isObject, optionalString, Problems, type JsonObject } from "../problems";
import { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH, MAX_TAG_LENGTH, type ReadAnnotation } from "./types";

/**
 * Hypothesis annotations (https://h.readthedocs.io/en/latest/api-reference/, schema
 * `Annotation`): `id`, `created`, `user` (`acct:name@authority`), `uri`, `text` (Markdown),
 * `tags`, `target: [{source, selector: [...]}]`, `references` (the ids of the thread above a
 * reply, its root first and its parent last), `user_info.display_name`.
 *
 * Of the selectors, the TextQuoteSelector (quote, ~32 characters of context) is what anchors the
 * claim. The TextPositionSelector counts UTF-16 units of the whole web page the annotation was
 * made on (its menus and headers included), so it says nothing about offsets in the imported
 * text and is only checked for its shape; the RangeSelector's XPaths name that page's DOM.
 */

export const HYPOTHESIS_PREFIX = "hypothesis:";

/** Does this look like a Hypothesis annotation (rather than a W3C one)? */
export function looksLikeHypothesis(item: unknown): boolean {
  return (
    isObject(item) &&
    !("type" in item) &&
    !("@type" in item) &&
    ("user" in item || "uri" in item || Array.isArray(item.target))
  );
}

function quoteSelector(selector: JsonObject, path: string, problems: Problems): TextQuoteSelector | undefined {
  const exact = selector.exact;
  if (typeof exact !== "string") {
    problems.add(at(path, "exact"), "must be a string");
    return undefined;
  }
  if (exact.length > MAX_QUOTE_LENGTH) problems.add(at(path, "exact"), `is longer than ${MAX_QUOTE_LENGTH} characters`);
  const prefix = optionalString(selector, "prefix", path, problems);
  const suffix = optionalString(selector, "suffix", path, problems);
  return { type: "TextQuoteSelector", exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

function checkNumber(selector: JsonObject, key: string, path: string, problems: Problems): void {
  const value = selector[key];
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    problems.add(at(path, key), "must be a non-negative number");
}

/** The quote of an annotation's first target that has one; checks the shape of every selector. */
function readSelectors(target: unknown[], path: string, problems: Problems): TextQuoteSelector | undefined {
  let quote: TextQuoteSelector | undefined;
  target.forEach((t, ti) => {
    const tpath = at(path, ti);
    if (!isObject(t)) {
      problems.add(tpath, "must be an object");
      return;
    }
    const selectors = t.selector;
    if (selectors === undefined || selectors === null) return;
    if (!Array.isArray(selectors)) {
      problems.add(at(tpath, "selector"), "must be an array");
      return;
    }
    selectors.forEach((s, si) => {
      const spath = at(at(tpath, "selector"), si);
      if (!isObject(s) || typeof s.type !== "string") {
        problems.add(spath, "must be a selector object with a type");
        return;
      }
      if (s.type === "TextQuoteSelector") {
        const q = quoteSelector(s, spath, problems);
        quote ??= q;
      } else if (s.type === "TextPositionSelector") {
        checkNumber(s, "start", spath, problems);
        checkNumber(s, "end", spath, problems);
      } else if (s.type === "RangeSelector") {
        // Hypothesis writes startContainer/endContainer XPaths and offsets into the page's DOM.
        for (const key of ["startContainer", "endContainer"])
          if (typeof s[key] !== "string") problems.add(at(spath, key), "must be a string");
        for (const key of ["startOffset", "endOffset"]) checkNumber(s, key, spath, problems);
      }
    });
  });
  return quote;
}

function readTags(value: unknown, path: string, problems: Problems): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.add(path, "must be an array of strings");
    return [];
  }
  const tags: string[] = [];
  value.forEach((tag, i) => {
    if (typeof tag !== "string") problems.add(at(path, i), "must be a string");
    else if (tag.trim().length > MAX_TAG_LENGTH)
      problems.add(at(path, i), `is longer than ${MAX_TAG_LENGTH} characters`);
    else if (tag.trim() !== "" && !tags.includes(tag.trim())) tags.push(tag.trim());
  });
  return tags;
}

function readReferences(value: unknown, path: string, problems: Problems): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((r) => typeof r !== "string" || r === "")) {
    problems.add(path, "must be an array of annotation ids");
    return [];
  }
  return value as string[];
}

/** "— via Hypothesis, acct:jane@hypothes.is (Jane Doe), 2025-01-15": who wrote an imported note, and when. */
export function hypothesisSignature(
  user: string | undefined,
  displayName: string | undefined,
  created: string | undefined,
): string {
  const who = user ?? "an unknown user";
  const name = displayName && displayName.trim() && displayName.trim() !== user ? ` (${displayName.trim()})` : "";
  const when = created && /^\d{4}-\d{2}-\d{2}/.test(created) ? `, ${created.slice(0, 10)}` : "";
  return `— via Hypothesis, ${who}${name}${when}`;
}

/**
 * Reads Hypothesis annotations (the `annotations` of an export file, the `rows` of a search
 * result, or a bare array); `pathOf` names each in problems. A reply replies to the last
 * annotation of its `references`.
 */
export function readHypothesisAnnotations(
  items: unknown[],
  pathOf: (index: number) => string,
  problems: Problems,
): ReadAnnotation[] {
  const annotations: ReadAnnotation[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const p = pathOf(index);
    if (!isObject(item)) {
      problems.add(p, "must be an annotation object");
      return;
    }
    const id = item.id;
    if (typeof id !== "string" || id.trim() === "" || id.length > 500) {
      problems.add(at(p, "id"), "must be the annotation's id (a string)");
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) problems.add(at(p, "id"), `repeats the id of annotation ${first}`);
    seen.set(id, index);

    if (!Array.isArray(item.target)) {
      problems.add(at(p, "target"), "must be an array of targets");
      return;
    }
    const quote = readSelectors(item.target, at(p, "target"), problems);
    const text = optionalString(item, "text", p, problems) ?? "";
    if (text.length > MAX_COMMENT_LENGTH)
      problems.add(at(p, "text"), `is longer than ${MAX_COMMENT_LENGTH} characters`);
    const user = optionalString(item, "user", p, problems);
    const created = optionalString(item, "created", p, problems);
    optionalString(item, "uri", p, problems);
    const info = item.user_info;
    const displayName = isObject(info) && typeof info.display_name === "string" ? info.display_name : undefined;
    const tags = readTags(item.tags, at(p, "tags"), problems);
    const references = readReferences(item.references, at(p, "references"), problems);
    const parent = references[references.length - 1];

    annotations.push({
      index,
      sourceId: `${HYPOTHESIS_PREFIX}${id}`,
      id,
      replyTo: parent === undefined ? null : `${HYPOTHESIS_PREFIX}${parent}`,
      selectors: quote ? { quote } : {},
      tags,
      note: text.trim() ? `${text.trim()}\n\n${hypothesisSignature(user, displayName, created)}` : null,
      rating: null,
      rationale: null,
      links: [],
      extras: [],
      creator: user ?? null,
    });
  });
  return annotations;
}
