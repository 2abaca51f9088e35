import { ratingOf } from "./claim-rating";
import { claimsInTextOrder } from "./text-order";
import type { ExportClaim, ExportDocument } from "./types";

/**
 * The claims as CSV (RFC 4180): UTF-8 with a byte order mark (so that spreadsheet programs read
 * the file as UTF-8), CRLF between records, one record per claim. Built a line at a time so a
 * route can stream a whole project: `csvHeader()` once, then `csvRow` per claim, or iterate
 * `csvLines`.
 *
 * Ratings are printed by their labels, for the people who open the file in a spreadsheet; the
 * `json` export is the one that carries keys. Multi-valued cells (verdicts, sources) put one
 * item a line inside the quoted cell.
 */

export const CSV_COLUMNS = [
  "document",
  "quote",
  "wording",
  "claimant",
  "status",
  "resolution_rating",
  "resolution_rationale",
  "verdicts",
  "source_urls",
] as const;

const BOM = "\uFEFF";
const EOL = "\r\n";
/** What a spreadsheet may read as the start of a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field: a value a spreadsheet could take for a formula gets a leading `'`, then a value
 * holding a quote, comma or line break is quoted with its quotes doubled.
 */
export function csvCell(value: string): string {
  const defused = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

function record(values: readonly string[]): string {
  return values.map(csvCell).join(",") + EOL;
}

/** The header record, preceded by the byte order mark unless `bom` is false. */
export function csvHeader(options: { bom?: boolean } = {}): string {
  return (options.bom === false ? "" : BOM) + record(CSV_COLUMNS);
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/**
 * The record of one claim of `doc` (ending in CRLF). Verdicts are `reviewer: rating — rationale`,
 * one a line (a rationale's own line breaks become spaces); sources are their distinct URLs, one
 * a line.
 */
export function csvRow(doc: ExportDocument, claim: ExportClaim): string {
  const scale = doc.project.ratingScale;
  const verdicts = claim.verdicts.map((v) => {
    const head = `${oneLine(v.userName)}: ${ratingOf(scale, v.rating).label}`;
    const rationale = v.rationale ? oneLine(v.rationale) : "";
    return rationale ? `${head} — ${rationale}` : head;
  });
  const urls = [...new Set(claim.sources.map((s) => s.url))];
  return record([
    doc.title,
    claim.selector.exact,
    claim.claimText,
    claim.claimant ?? "",
    claim.status,
    claim.resolution ? ratingOf(scale, claim.resolution.rating).label : "",
    claim.resolution?.rationale ?? "",
    verdicts.join("\n"),
    urls.join("\n"),
  ]);
}

/** The header, then every claim of every document in text order: the file, a record at a time. */
export function* csvLines(docs: Iterable<ExportDocument>, options: { bom?: boolean } = {}): Generator<string> {
  yield csvHeader(options);
  for (const doc of docs) {
    for (const claim of claimsInTextOrder(doc.claims)) yield csvRow(doc, claim);
  }
}

/** The whole file at once, for one document or several (a project). */
export function buildCsv(docs: ExportDocument | Iterable<ExportDocument>, options: { bom?: boolean } = {}): string {
  const list = Symbol.iterator in docs ? docs : [docs];
  let out = "";
  for (const line of csvLines(list, options)) out += line;
  return out;
}
