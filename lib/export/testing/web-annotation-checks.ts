import { WEB_ANNOTATION_CONTEXT } from "../webannotation";

/**
 * The MUSTs of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that
 * apply to what ClaimDesk writes, checked on the JSON. Section numbers are the model's.
 *
 * 3.1   @context: 1 or more values, http://www.w3.org/ns/anno.jsonld among them; a single value
 *       is a string. (An Annotation inside a page takes the page's context.)
 * 3.1   id: an Annotation has exactly 1 IRI that identifies it.
 * 3.1   type: 1 or more types, `Annotation` among them.
 * 3.1   target: 1 or more targets.
 * 3.2.5 an Annotation does not have both `body` and `bodyValue`.
 * 3.2.1 an External Web Resource (body or target given as a string) is an IRI.
 * 3.2.4 an Embedded Textual Body has exactly 1 `value`, a string.
 * 3.3.1 created, modified: at most 1 each, an xsd:dateTime with the UTC timezone written "Z".
 * 3.3.2 creator: an IRI or an Agent; an Agent's `id`, when given, is an IRI; at most 1 name.
 * 3.3.5 motivation and purpose values are instances of oa:Motivation (the model's list).
 * 4     a Specific Resource has exactly 1 `source`, the IRI of its resource, and neither `value`
 *       nor `items` when it is a body.
 * 4.2   a selector has a type among the model's Selector classes.
 * 4.2.4 a TextQuoteSelector has exactly 1 type `TextQuoteSelector`, exactly 1 `exact`, at most
 *       1 `prefix` and 1 `suffix`.
 * 4.2.5 a TextPositionSelector has exactly 1 type `TextPositionSelector`, exactly 1 `start` and
 *       exactly 1 `end`, each a non-negative integer, counted in code points.
 * 5.2   an AnnotationPage has an IRI as its identity, the type `AnnotationPage`, and an ordered
 *       list of Annotations as `items`.
 * JSON-LD serialization: the context is the first key, so a streaming reader knows it first.
 */

type Json = Record<string, unknown>;

const MOTIVATIONS = [
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
];
const SELECTOR_TYPES = [
  "FragmentSelector",
  "CssSelector",
  "XPathSelector",
  "TextQuoteSelector",
  "TextPositionSelector",
  "DataPositionSelector",
  "SvgSelector",
  "RangeSelector",
];
const UTC_DATE_TIME = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/;

function isIri(value: unknown): boolean {
  if (typeof value !== "string" || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function values(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function exactlyOne(v: unknown): boolean {
  return values(v).length === 1;
}

function atMostOne(v: unknown): boolean {
  return values(v).length <= 1;
}

function isNonNegativeInteger(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}

function selectorViolations(selector: unknown, path: string): string[] {
  if (isIri(selector)) return [];
  if (typeof selector !== "object" || selector === null) return [`${path}: not a selector`];
  const s = selector as Json;
  const out: string[] = [];
  if (!exactlyOne(s.type) || !SELECTOR_TYPES.includes(String(values(s.type)[0])))
    out.push(`${path}.type: not exactly 1 Selector class`);
  if (s.type === "TextQuoteSelector") {
    if (!exactlyOne(s.exact) || typeof values(s.exact)[0] !== "string") out.push(`${path}.exact: not exactly 1 string`);
    if (!atMostOne(s.prefix) || (s.prefix !== undefined && typeof s.prefix !== "string"))
      out.push(`${path}.prefix: more than 1 or not a string`);
    if (!atMostOne(s.suffix) || (s.suffix !== undefined && typeof s.suffix !== "string"))
      out.push(`${path}.suffix: more than 1 or not a string`);
  }
  if (s.type === "TextPositionSelector") {
    if (!exactlyOne(s.start) || !isNonNegativeInteger(values(s.start)[0]))
      out.push(`${path}.start: not exactly 1 non-negative integer`);
    if (!exactlyOne(s.end) || !isNonNegativeInteger(values(s.end)[0]))
      out.push(`${path}.end: not exactly 1 non-negative integer`);
    if (typeof s.start === "number" && typeof s.end === "number" && s.start > s.end)
      out.push(`${path}: start after end`);
  }
  return out;
}

function lifecycleViolations(o: Json, path: string): string[] {
  const out: string[] = [];
  for (const key of ["created", "modified", "generated"]) {
    if (o[key] === undefined) continue;
    if (
      !exactlyOne(o[key]) ||
      !UTC_DATE_TIME.test(String(values(o[key])[0])) ||
      Number.isNaN(Date.parse(String(values(o[key])[0])))
    ) {
      out.push(`${path}.${key}: not exactly 1 xsd:dateTime in UTC (Z)`);
    }
  }
  for (const [i, agent] of values(o.creator).entries()) {
    if (isIri(agent)) continue;
    if (typeof agent !== "object" || agent === null) out.push(`${path}.creator[${i}]: neither an IRI nor an Agent`);
    else {
      const a = agent as Json;
      if (a.id !== undefined && !(exactlyOne(a.id) && isIri(values(a.id)[0])))
        out.push(`${path}.creator[${i}].id: not 1 IRI`);
      if (!atMostOne(a.name)) out.push(`${path}.creator[${i}].name: more than 1`);
    }
  }
  for (const [i, purpose] of values(o.purpose).entries()) {
    if (!MOTIVATIONS.includes(String(purpose))) out.push(`${path}.purpose[${i}]: not an oa:Motivation`);
  }
  return out;
}

function resourceViolations(resource: unknown, path: string, role: "body" | "target"): string[] {
  if (typeof resource === "string") return isIri(resource) ? [] : [`${path}: not an IRI`];
  if (typeof resource !== "object" || resource === null) return [`${path}: neither an IRI nor a resource`];
  const r = resource as Json;
  const types = values(r.type);
  const out = lifecycleViolations(r, path);
  if (types.includes("TextualBody")) {
    if (!exactlyOne(r.value) || typeof values(r.value)[0] !== "string") out.push(`${path}.value: not exactly 1 string`);
  } else if (types.includes("SpecificResource") || r.source !== undefined) {
    if (!exactlyOne(r.source) || !isIri(values(r.source)[0])) out.push(`${path}.source: not exactly 1 IRI`);
    if (role === "body" && (r.value !== undefined || r.items !== undefined))
      out.push(`${path}: a Specific Resource body with value or items`);
    for (const [i, selector] of values(r.selector).entries())
      out.push(...selectorViolations(selector, `${path}.selector[${i}]`));
  } else if (!(exactlyOne(r.id) && isIri(values(r.id)[0]))) {
    out.push(`${path}.id: an External Web Resource without exactly 1 IRI`);
  }
  return out;
}

/** Every MUST listed above that `annotation` breaks; `embedded` when it is an item of a page. */
export function annotationViolations(annotation: unknown, path: string, embedded: boolean): string[] {
  if (typeof annotation !== "object" || annotation === null) return [`${path}: not an object`];
  const a = annotation as Json;
  const out: string[] = [];
  const context = a["@context"];
  if (!embedded || context !== undefined) {
    if (!values(context).includes(WEB_ANNOTATION_CONTEXT))
      out.push(`${path}.@context: missing ${WEB_ANNOTATION_CONTEXT}`);
    if (Array.isArray(context) && context.length === 1) out.push(`${path}.@context: a single value given as an array`);
    if (Object.keys(a)[0] !== "@context") out.push(`${path}: @context is not the first key`);
  }
  if (!exactlyOne(a.id) || !isIri(values(a.id)[0])) out.push(`${path}.id: not exactly 1 IRI`);
  if (!values(a.type).includes("Annotation")) out.push(`${path}.type: Annotation missing`);
  if (values(a.target).length === 0) out.push(`${path}.target: none`);
  if (a.body !== undefined && a.bodyValue !== undefined) out.push(`${path}: both body and bodyValue`);
  for (const [i, motivation] of values(a.motivation).entries()) {
    if (!MOTIVATIONS.includes(String(motivation))) out.push(`${path}.motivation[${i}]: not an oa:Motivation`);
  }
  out.push(...lifecycleViolations(a, path));
  for (const [i, body] of values(a.body).entries()) out.push(...resourceViolations(body, `${path}.body[${i}]`, "body"));
  for (const [i, target] of values(a.target).entries())
    out.push(...resourceViolations(target, `${path}.target[${i}]`, "target"));
  return out;
}

/** Every MUST listed above that an AnnotationPage or its annotations break. */
export function pageViolations(page: unknown): string[] {
  if (typeof page !== "object" || page === null) return ["$: not an object"];
  const p = page as Json;
  const out: string[] = [];
  if (Object.keys(p)[0] !== "@context") out.push("$: @context is not the first key");
  if (p["@context"] !== WEB_ANNOTATION_CONTEXT) out.push("$.@context: not the single string " + WEB_ANNOTATION_CONTEXT);
  if (!exactlyOne(p.id) || !isIri(values(p.id)[0])) out.push("$.id: not exactly 1 IRI");
  if (!values(p.type).includes("AnnotationPage")) out.push("$.type: AnnotationPage missing");
  if (!Array.isArray(p.items)) out.push("$.items: not a list");
  else p.items.forEach((item, i) => out.push(...annotationViolations(item, `$.items[${i}]`, true)));
  return out;
}
