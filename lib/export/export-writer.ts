import { buildClaimReviews } from "./claimreview";
import { csvHeader, csvRow } from "./csv";
import type { ExportFormat } from "./formats";
import {
  HTML_REPORT_END,
  htmlDocumentSection,
  htmlProjectHeader,
  htmlReportStart,
  type ReportTocEntry,
} from "./html-report";
import { buildMarkdownReport, markdownProjectHeader } from "./markdown";
import { buildProjectJsonDocument, buildProjectJsonHead, type ProjectJsonInput } from "./project-json";
import { claimsInTextOrder } from "./text-order";
import type { ExportDocument, ExportProject } from "./types";
import { documentExportUrl, projectExportUrl } from "./urls";
import { buildAnnotationPage, WEB_ANNOTATION_CONTEXT } from "./webannotation";

/**
 * The text formats of an export, written a document at a time so that a whole project can
 * stream: `writeExport` yields the file's opening, then the text of each document as the
 * caller's iterable hands it over (a project's documents are loaded one by one), then its end.
 * Joined, the chunks are exactly the file; only one document is ever held. A document with
 * nothing to write (no claims, or none that publishes) still gives one chunk, an empty one, so
 * that the consumer can pause (or stop) between any two documents.
 *
 * - `csv`: the header once, then the claims' records (in batches of a few hundred).
 * - `claimreview`: one JSON array of ClaimReview objects, each with its own `@context`.
 * - `webannotation`: one AnnotationPage; for a project, one page of every document's
 *   annotations (each targets its own article), identified by the project export's URL.
 * - `markdown`, `html`: the report; for a project, its name and contents, then each document's
 *   report a heading level down (in HTML, each starting on a new printed page).
 */

export type StreamedFormat = Exclude<ExportFormat, "pdf" | "json">;

/** What is exported: one document (given up front), or a project with its table of contents. */
export type ExportSubject =
  | { kind: "document"; document: ExportDocument }
  | { kind: "project"; project: ExportProject; baseUrl: string; contents: ReportTocEntry[] };

const CSV_BATCH = 250;

function* csvChunks(doc: ExportDocument): Generator<string> {
  let batch = "";
  let n = 0;
  for (const claim of claimsInTextOrder(doc.claims)) {
    batch += csvRow(doc, claim);
    if (++n % CSV_BATCH === 0) {
      yield batch;
      batch = "";
    }
  }
  if (batch) yield batch;
}

/** A JSON array written an item at a time. */
function jsonList() {
  let isFirst = true;
  return (item: unknown): string => {
    const text = `${isFirst ? "\n" : ",\n"}${JSON.stringify(item)}`;
    isFirst = false;
    return text;
  };
}

/**
 * The export of `subject` in `format`, chunk by chunk. `documents` yields the documents in
 * report order; for a document subject it is that one document.
 */
export function* writeExport(
  format: StreamedFormat,
  subject: ExportSubject,
  documents: Iterable<ExportDocument>,
): Generator<string> {
  const isProject = subject.kind === "project";
  switch (format) {
    case "csv": {
      yield csvHeader();
      for (const doc of documents) {
        let isEmpty = true;
        for (const chunk of csvChunks(doc)) {
          isEmpty = false;
          yield chunk;
        }
        if (isEmpty) yield "";
      }
      return;
    }
    case "claimreview": {
      yield "[";
      const item = jsonList();
      for (const doc of documents) {
        yield buildClaimReviews(doc).map(item).join("");
      }
      yield "\n]\n";
      return;
    }
    case "webannotation": {
      const id = isProject
        ? projectExportUrl(subject.baseUrl, subject.project.id, "webannotation")
        : documentExportUrl(subject.document, "webannotation");
      // The page's own keys in the order buildAnnotationPage gives them, @context first.
      yield `{"@context":${JSON.stringify(WEB_ANNOTATION_CONTEXT)},"id":${JSON.stringify(id)},"type":"AnnotationPage","items":[`;
      const item = jsonList();
      for (const doc of documents) {
        yield buildAnnotationPage(doc).items.map(item).join("");
      }
      yield "\n]}\n";
      return;
    }
    case "markdown": {
      if (!isProject) {
        for (const doc of documents) yield buildMarkdownReport(doc);
        return;
      }
      yield markdownProjectHeader(subject.project, subject.contents);
      for (const doc of documents) yield `\n---\n\n${buildMarkdownReport(doc, { level: 2 })}`;
      return;
    }
    case "html": {
      if (!isProject) {
        yield htmlReportStart(`Verdict report: ${subject.document.title}`, subject.document.language);
        for (const doc of documents) yield htmlDocumentSection(doc);
        yield HTML_REPORT_END;
        return;
      }
      yield (
        htmlReportStart(`Verdict report: ${subject.project.name}`) +
        htmlProjectHeader(subject.project, subject.contents)
      );
      for (const doc of documents) yield htmlDocumentSection(doc, { level: 2 });
      yield HTML_REPORT_END;
      return;
    }
  }
}

/** The whole export at once (for a report page, a PDF, or a test). */
export function buildExport(
  format: StreamedFormat,
  subject: ExportSubject,
  documents: Iterable<ExportDocument>,
): string {
  let out = "";
  for (const chunk of writeExport(format, subject, documents)) out += chunk;
  return out;
}

/**
 * The `claimdesk/1` export (lib/export/project-json.ts) written a document at a time: the head
 * (project, people, sources), then each document as it is built. The same JSON as
 * `buildProjectJson(input)`.
 */
export function* writeProjectJson(input: ProjectJsonInput): Generator<string> {
  const head = JSON.stringify(buildProjectJsonHead(input));
  // An object's JSON always ends with its closing brace: the documents go in its place.
  yield `${head.slice(0, -1)},"documents":[`;
  let isFirst = true;
  for (const rows of input.documents) {
    yield `${isFirst ? "\n" : ",\n"}${JSON.stringify(buildProjectJsonDocument(rows))}`;
    isFirst = false;
  }
  yield "\n]}\n";
}
