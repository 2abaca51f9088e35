import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";
import { isNestedDeeperThan } from "@/lib/import/nesting";
import { jsonFromUpload, MAX_UPLOAD_BYTES, sourceFromUpload, UploadError } from "@/lib/import/upload";

export const MAX_JSON_BYTES = 2 * 1024 * 1024;
/** How deep a JSON body may nest: far more than any request needs (editor content is checked at 100 levels of its own). */
export const MAX_JSON_DEPTH = 256;
/** An upload's whole multipart body: the file (10 MiB at most) and room for the other fields. */
export const MAX_MULTIPART_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/** Field errors keyed by dotted path ("selector.exact"); "_" for the body as a whole. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError("invalid", "Some fields are not valid.", { fields: fieldErrors(result.error) });
  }
  return result.data;
}

/**
 * Reads a JSON object body and validates it: 415 unless the media type is JSON, 413 past
 * 2 MiB, 400 when it is not a JSON object, 422 when a field is invalid.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const value = await readJsonValue(request);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AppError("bad-request", "The body must be a JSON object.");
  }
  return parseInput(schema, value);
}

/** Reads any JSON body (an array too): 415 unless the media type is JSON, 413 past 2 MiB, 400 when it is not JSON. */
async function readJsonValue(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  const mediaType = type.split(";")[0]?.trim().toLowerCase() ?? "";
  if (mediaType !== "application/json" && !mediaType.endsWith("+json")) {
    throw new AppError("unsupported-media-type", "Send the body as JSON (Content-Type: application/json).");
  }
  const raw = new TextDecoder("utf-8", { fatal: false }).decode(
    await readBodyBytes(request, MAX_JSON_BYTES, "The body is larger than 2 MiB."),
  );
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AppError("bad-request", "The body is not valid JSON.");
  }
  // JSON.parse reads any depth; what comes after (validation, JSON.stringify) recurses.
  if (isNestedDeeperThan(value, MAX_JSON_DEPTH)) {
    throw new AppError("bad-request", `The body nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`);
  }
  return value;
}

/**
 * Reads a file to import, given as a JSON body (any JSON: an object or an array; `+json` media
 * types such as `application/ld+json` too; at most 2 MiB) or as a multipart upload whose `file`
 * is a JSON file (at most 10 MiB, as document uploads). A file that is not JSON is `422` on
 * `file`; a JSON body that is not JSON, `400`.
 */
export async function readJsonImport(request: Request): Promise<unknown> {
  if (!isMultipart(request)) return readJsonValue(request);
  const form = await readMultipart(request);
  const file = form.get("file");
  if (!(file instanceof File))
    throw new AppError("invalid", "Upload the file as the form's `file` field.", { fields: { file: ["is required"] } });
  try {
    return jsonFromUpload(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    throw uploadFailure(error);
  }
}

/**
 * Reads the whole body, counting its bytes as they arrive, whatever the client declared: a
 * `Content-Length` over `limit` is refused before anything is read, and a body sent without
 * one (chunked) is refused (413) the moment it passes `limit`, the rest left unread.
 */
export async function readBodyBytes(request: Request, limit: number, message: string): Promise<Buffer> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    throw new AppError("too-large", message);
  }
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: a client that keeps sending must not hold this answer back.
      reader.cancel().catch(() => {});
      throw new AppError("too-large", message);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A multipart body, read into memory under the upload limit (10 MiB for the file, and a little
 * for the other fields) before it is parsed: `request.formData()` would buffer any size.
 */
async function readMultipart(request: Request): Promise<FormData> {
  const bytes = await readBodyBytes(request, MAX_MULTIPART_BYTES, "The upload is larger than 10 MiB.");
  try {
    return await new Response(new Uint8Array(bytes), {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new AppError("bad-request", "The body is not valid multipart/form-data.");
  }
}

function uploadFailure(error: unknown): unknown {
  if (!(error instanceof UploadError)) return error;
  return new AppError(error.code === "too-large" ? "too-large" : "invalid", error.message, {
    fields: { file: [error.message] },
  });
}

/**
 * Reads a multipart upload of a document: its metadata fields plus a `file` (.txt, .md or
 * .html, at most 10 MiB: larger answers 413). Returns the fields as a plain object, with the
 * file's body under `text`, `markdown` or `html`, for the same schema as a JSON body.
 */
export async function readDocumentUpload(request: Request): Promise<Record<string, unknown>> {
  const form = await readMultipart(request);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  const file = form.get("file");
  if (file instanceof File) {
    try {
      Object.assign(fields, sourceFromUpload(file.name, new Uint8Array(await file.arrayBuffer())));
    } catch (error) {
      throw uploadFailure(error);
    }
  }
  return fields;
}

export function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}
