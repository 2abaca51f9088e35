import fs from "node:fs";
import path from "node:path";
import { canonicalText, docFromPlainText } from "../../../text/canonical-text";

/** The demo article as ClaimDesk holds it (one paragraph a line, as the demo project imports it). */
export const DEMO_ARTICLE_SOURCE = fs
  .readFileSync(path.resolve(__dirname, "../../../../fixtures/russia-iran-treaty.txt"), "utf8")
  .split(/\r?\n/)
  .join("\n\n");

/** Its canonical text: what every selector's offsets count into. */
export const DEMO_TEXT = canonicalText(docFromPlainText(DEMO_ARTICLE_SOURCE));

/** The hand-written Hypothesis export of the demo article (fixtures/hypothesis/demo-export.json). */
export function demoHypothesisExport(): { annotations: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../../../fixtures/hypothesis/demo-export.json"), "utf8"),
  ) as never;
}

/** Code point offsets of the first occurrence of `quote` in `text`. */
export function codePointSpan(text: string, quote: string): { start: number; end: number } {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`not in the text: ${quote}`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(quote).length };
}
