import { at, isObject, Problems } from "../problems";
import { looksLikeHypothesis, readHypothesisAnnotations } from "./hypothesis";
import type { ReadAnnotationsResult } from "./types";
import { isTyped, readWebAnnotations } from "./web-annotation";

const UNKNOWN_SHAPE =
  "is not a W3C AnnotationPage, Annotation or array of Annotations, nor a Hypothesis export ({annotations: [...]}), search result ({rows: [...]}) or array of annotations";

/** At most this many annotations are read from one file. */
export const MAX_ANNOTATIONS = 5000;

/**
 * Reads an annotation file in whichever format it is in:
 * - W3C Web Annotations: an AnnotationPage (`items`), an AnnotationCollection whose `first`
 *   page is embedded, a bare array of Annotations, or one Annotation;
 * - Hypothesis: the file its client exports (`{export_date, export_userid, client_version,
 *   annotations}`), a search result of its API (`{rows, total}`), or a bare array.
 *
 * Either every annotation reads, or the answer is the list of problems (keyed by the path of
 * what is wrong), so that a file is imported whole or not at all.
 */
export function readAnnotationFile(value: unknown): ReadAnnotationsResult {
  const problems = new Problems();
  const done = (
    format: "webannotation" | "hypothesis",
    read: () => ReturnType<typeof readWebAnnotations>,
  ): ReadAnnotationsResult => {
    const annotations = read();
    return problems.count > 0 ? { ok: false, problems: problems.fields } : { ok: true, format, annotations };
  };
  const tooMany = (items: unknown[], path: string): boolean => {
    if (items.length <= MAX_ANNOTATIONS) return false;
    problems.add(path || "_", `holds ${items.length} annotations; import at most ${MAX_ANNOTATIONS} at a time`);
    return true;
  };

  if (Array.isArray(value)) {
    if (tooMany(value, "_")) return { ok: false, problems: problems.fields };
    const pathOf = (i: number) => String(i);
    if (value.some((item) => isTyped(item, "Annotation")))
      return done("webannotation", () => readWebAnnotations(value, pathOf, problems));
    if (value.length === 0 || value.some(looksLikeHypothesis))
      return done("hypothesis", () => readHypothesisAnnotations(value, pathOf, problems));
    problems.add("_", UNKNOWN_SHAPE);
    return { ok: false, problems: problems.fields };
  }
  if (!isObject(value)) {
    problems.add("_", UNKNOWN_SHAPE);
    return { ok: false, problems: problems.fields };
  }
  for (const key of ["annotations", "rows"] as const) {
    const list = value[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.add(key, "must be an array of annotations");
      return { ok: false, problems: problems.fields };
    }
    if (tooMany(list, key)) return { ok: false, problems: problems.fields };
    return done("hypothesis", () => readHypothesisAnnotations(list, (i) => at(key, i), problems));
  }
  const page = isTyped(value, "AnnotationCollection") && isObject(value.first) ? value.first : value;
  const pagePath = page === value ? "" : "first";
  if (isTyped(page, "AnnotationPage")) {
    const items = page.items;
    if (!Array.isArray(items)) {
      problems.add(at(pagePath, "items"), "must be an array of Annotations");
      return { ok: false, problems: problems.fields };
    }
    if (tooMany(items, at(pagePath, "items"))) return { ok: false, problems: problems.fields };
    return done("webannotation", () => readWebAnnotations(items, (i) => at(at(pagePath, "items"), i), problems));
  }
  if (isTyped(value, "Annotation")) return done("webannotation", () => readWebAnnotations([value], () => "", problems));
  problems.add("_", UNKNOWN_SHAPE);
  return { ok: false, problems: problems.fields };
}
