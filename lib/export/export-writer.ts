import { buildClaimReview } from "./claimreview";
import { csvHeader, csvRow } from "./csv";
import type { ExportFormat } from "./formats";
import {
  HTML_REPORT_END,
  htmlDocumentSectionParts,
  htmlProjectHeader,
  htmlReportStart,
  type ReportTocEntry,
} from "./html-report";
import { markdownProjectHeader, markdownReportParts } from "./markdown";
import { buildProjectJsonDocument, buildProjectJsonHead, type ProjectJsonInput } from "./project-json";
import { claimsInTextOrder } from "./text-order";
import type { ExportClaim, ExportDocument, ExportProject } from "./types";
import { documentExportUrl, projectExportUrl } from "./urls";
import { annotationOf, WEB_ANNOTATION_CONTEXT } from "./webannotation";

/**
 * The text formats of an export, written a document at a time so that a whole project can
 * stream: `writeExport` yields the file's opening, then the text of each document as the
 * caller's iterable hands it over (a project's documents are loaded one by one), then its end.
 * Joined, the chunks are exactly the file; only one document is ever held. A document's claims
 * leave a few hundred to a chunk (in the reports, with their opening and end); a
 * document with nothing to write (no claims, or none that publishes) still gives one chunk, an
 * empty one, so that the consumer can pause (or stop) between any two documents.
 *
 * - `csv`: the header once, then the claims' records.
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

/**
 * Handed among a project's documents by a caller that makes each document's claims a batch at a
 * time: the writer gives an empty chunk for it, where the stream pauses (the server's other
 * requests are served meanwhile).
 */
export const EXPORT_PAUSE = Symbol("export pause");
export type ExportPause = typeof EXPORT_PAUSE;

/** `write` of each document in turn; an empty chunk for each pause among them. */
function* eachDocument(
  documents: Iterable<ExportDocument | ExportPause>,
  write: (doc: ExportDocument) => Iterable<string>,
): Generator<string> {
  for (const doc of documents) {
    if (doc === EXPORT_PAUSE) yield "";
    else yield* write(doc);
  }
}

/** Claims written to one chunk: a document's thousands of claims leave in several, the stream free between them. */
const CLAIM_BATCH = 250;

/**
 * `parts` joined `CLAIM_BATCH` to a chunk, each made only as its chunk is asked for. A chunk of
 * parts that wrote nothing (a document without claims, or claims without a published verdict)
 * is still given, an empty one, so that the stream may pause there all the same.
 */
function* inChunks(parts: Iterable<string>): Generator<string> {
  let chunk = "";
  let n = 0;
  for (const part of parts) {
    chunk += part;
    if (++n % CLAIM_BATCH === 0) {
      yield chunk;
      chunk = "";
    }
  }
  if (n === 0 || n % CLAIM_BATCH !== 0) yield chunk;
}

/** `write` of each claim of `doc` in text order, `CLAIM_BATCH` claims to a chunk. */
function claimBatches(doc: ExportDocument, write: (claim: ExportClaim) => string): Generator<string> {
  return inChunks(
    (function* () {
      for (const claim of claimsInTextOrder(doc.claims)) yield write(claim);
    })(),
  );
}

function* prefixed(prefix: string, parts: Iterable<string>): Generator<string> {
  yield prefix;
  yield* parts;
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
  documents: Iterable<ExportDocument | ExportPause>,
): Generator<string> {
  const isProject = subject.kind === "project";
  switch (format) {
    case "csv": {
      yield csvHeader();
      yield* eachDocument(documents, (doc) => claimBatches(doc, (claim) => csvRow(doc, claim)));
      return;
    }
    case "claimreview": {
      yield "[";
      const item = jsonList();
      yield* eachDocument(documents, (doc) =>
        claimBatches(doc, (claim) => {
          const review = buildClaimReview(doc, claim);
          return review ? item(review) : "";
        }),
      );
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
      yield* eachDocument(documents, (doc) => claimBatches(doc, (claim) => item(annotationOf(doc, claim))));
      yield "\n]}\n";
      return;
    }
    case "markdown": {
      if (!isProject) {
        yield* eachDocument(documents, (doc) => inChunks(markdownReportParts(doc)));
        return;
      }
      yield markdownProjectHeader(subject.project, subject.contents);
      yield* eachDocument(documents, (doc) => inChunks(prefixed("\n---\n\n", markdownReportParts(doc, { level: 2 }))));
      return;
    }
    case "html": {
      if (!isProject) {
        yield htmlReportStart(`Verdict report: ${subject.document.title}`, subject.document.language);
        yield* eachDocument(documents, (doc) => inChunks(htmlDocumentSectionParts(doc)));
        yield HTML_REPORT_END;
        return;
      }
      yield (
        htmlReportStart(`Verdict report: ${subject.project.name}`) +
        htmlProjectHeader(subject.project, subject.contents)
      );
      yield* eachDocument(documents, (doc) => inChunks(htmlDocumentSectionParts(doc, { level: 2 })));
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
