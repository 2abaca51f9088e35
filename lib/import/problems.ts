import type { FieldErrors } from "../errors";

/** At most this many problems are listed; a file with more is wrong throughout. */
export const MAX_PROBLEMS = 100;

/** The problems found while reading a file, keyed by the dotted path of what is wrong ("_" for the whole). */
export class Problems {
  readonly fields: FieldErrors = {};
  count = 0;

  add(path: string, message: string): void {
    if (this.count >= MAX_PROBLEMS) return;
    (this.fields[path || "_"] ??= []).push(message);
    this.count++;
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `base.key`, or `key` at the top. */
export function at(base: string, key: string | number): string {
  return base === "" ? String(key) : `${base}.${key}`;
}

/** A JSON-LD value that may be one item or an array of them, as a list. */
export function listOf(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** The strings among a JSON-LD `type` (or `purpose`) value. */
export function namesOf(value: unknown): string[] {
  return listOf(value).filter((v): v is string => typeof v === "string");
}

/** Is `name` (plain, or with the `oa:` prefix the W3C context maps it to) among the names of `value`? */
export function hasName(value: unknown, name: string): boolean {
  return namesOf(value).some((n) => n === name || n === `oa:${name}`);
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * A string field: the value when it is a string, undefined when absent (or null), and a problem
 * (then undefined) when it is anything else.
 */
export function optionalString(object: JsonObject, key: string, path: string, problems: Problems): string | undefined {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    problems.add(at(path, key), "must be a string");
    return undefined;
  }
  return value;
}

/**
 * A short, stable digest of a JSON value (cyrb53, 53 bits as hex): names an annotation that has
 * no id, so that importing the same file again recognises it. Not for anything secret.
 */
export function digestOf(value: unknown): string {
  const text = JSON.stringify(value) ?? "";
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
