import { isNestedDeeperThan } from "./nesting";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** As for JSON bodies: deeper than any export or annotation file, shallow enough to read safely. */
const MAX_JSON_FILE_DEPTH = 256;

export type DocumentSource = { text: string } | { markdown: string } | { html: string };

export class UploadError extends Error {
  override name = "UploadError";
  constructor(
    message: string,
    readonly code: "too-large" | "unsupported" | "not-text" | "not-json",
  ) {
    super(message);
  }
}

const formats: Record<string, "text" | "markdown" | "html"> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  htm: "html",
  html: "html",
};

/**
 * The body of an uploaded article file: .txt as plain text, .md as Markdown, .html as HTML
 * (reduced to the editor's schema later). The file must be UTF-8; a byte-order mark is dropped.
 */
export function sourceFromUpload(fileName: string, bytes: Uint8Array): DocumentSource {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new UploadError(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB.`, "too-large");
  }
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  const format = formats[extension];
  if (!format) throw new UploadError("Upload a .txt, .md or .html file.", "unsupported");
  let body: string;
  try {
    body = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UploadError("The file is not UTF-8 text.", "not-text");
  }
  if (body.includes("\u0000")) throw new UploadError("The file is not a text file.", "not-text");
  return format === "text" ? { text: body } : format === "markdown" ? { markdown: body } : { html: body };
}

/**
 * The value of an uploaded JSON file (an annotation export, a project's JSON export): UTF-8, a
 * byte-order mark dropped, at most 10 MiB.
 */
export function jsonFromUpload(bytes: Uint8Array): unknown {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new UploadError(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB.`, "too-large");
  }
  let body: string;
  try {
    body = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UploadError("The file is not UTF-8 text.", "not-text");
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new UploadError(`The file is not JSON: ${(error as Error).message}`, "not-json");
  }
  if (isNestedDeeperThan(value, MAX_JSON_FILE_DEPTH)) {
    throw new UploadError(`The file nests arrays or objects more than ${MAX_JSON_FILE_DEPTH} levels deep.`, "not-json");
  }
  return value;
}
