import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";
import { jsonFromUpload, MAX_UPLOAD_BYTES, sourceFromUpload, UploadError } from "@/lib/import/upload";

export const MAX_JSON_BYTES = 2 * 1024 * 1024;

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
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw tooLarge();
  const raw = await readLimited(request, MAX_JSON_BYTES);
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError("bad-request", "The body is not valid JSON.");
  }
}

/**
 * Reads a file to import, given as a JSON body (any JSON: an object or an array; `+json` media
 * types such as `application/ld+json` too; at most 2 MiB) or as a multipart upload whose `file`
 * is a JSON file (at most 10 MiB, as document uploads). A file that is not JSON is `422` on
 * `file`; a JSON body that is not JSON, `400`.
 */
export async function readJsonImport(request: Request): Promise<unknown> {
  if (!isMultipart(request)) return readJsonValue(request);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) throw new AppError("too-large", "The upload is larger than 10 MiB.");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("bad-request", "The body is not valid multipart/form-data.");
  }
  const file = form.get("file");
  if (!(file instanceof File))
    throw new AppError("invalid", "Upload the file as the form's `file` field.", { fields: { file: ["is required"] } });
  try {
    return jsonFromUpload(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof UploadError) {
      throw new AppError(error.code === "too-large" ? "too-large" : "invalid", error.message, {
        fields: { file: [error.message] },
      });
    }
    throw error;
  }
}

function tooLarge() {
  return new AppError("too-large", `The body is larger than ${MAX_JSON_BYTES / 1024 / 1024} MiB.`);
}

async function readLimited(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

/**
 * Reads a multipart upload of a document: its metadata fields plus a `file` (.txt, .md or
 * .html, at most 10 MiB: larger answers 413). Returns the fields as a plain object, with the
 * file's body under `text`, `markdown` or `html`, for the same schema as a JSON body.
 */
export async function readDocumentUpload(request: Request): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) throw new AppError("too-large", "The upload is larger than 10 MiB.");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("bad-request", "The body is not valid multipart/form-data.");
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  const file = form.get("file");
  if (file instanceof File) {
    try {
      Object.assign(fields, sourceFromUpload(file.name, new Uint8Array(await file.arrayBuffer())));
    } catch (error) {
      if (error instanceof UploadError) {
        throw new AppError(error.code === "too-large" ? "too-large" : "invalid", error.message, {
          fields: { file: [error.message] },
        });
      }
      throw error;
    }
  }
  return fields;
}

export function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}
