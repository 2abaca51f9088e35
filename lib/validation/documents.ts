import { z } from "zod";
import { optionalHttpUrl, optionalIsoDate, optionalText } from "./common";

/** Longest body a document may have, in characters of the given source. */
export const MAX_DOCUMENT_SOURCE_CHARS = 2_000_000;

const source = {
  text: z.string().max(MAX_DOCUMENT_SOURCE_CHARS).optional(),
  markdown: z.string().max(MAX_DOCUMENT_SOURCE_CHARS).optional(),
  html: z.string().max(MAX_DOCUMENT_SOURCE_CHARS).optional(),
};

function exactlyOneSource(v: { text?: string | undefined; markdown?: string | undefined; html?: string | undefined }) {
  return [v.text, v.markdown, v.html].filter((s) => s !== undefined).length === 1;
}

export const documentMetadataSchema = z.object({
  title: z.string().trim().min(1, "is required").max(300),
  sourceUrl: optionalHttpUrl,
  publisher: optionalText(200),
  author: optionalText(200),
  publishedAt: optionalIsoDate,
  language: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language tag like en or fa-IR")
    .or(z.literal(""))
    .nullish()
    .transform((v) => (v ? v : null)),
});

export const createDocumentSchema = documentMetadataSchema.extend(source).refine(exactlyOneSource, {
  message: "give exactly one of text, markdown or html",
  path: ["text"],
});
export type CreateDocumentInput = z.infer<typeof createDocumentSchema>;

/** A new revision's body: text, Markdown, HTML, or the editor's own Tiptap JSON. */
export const documentContentSchema = z
  .object({ ...source, content: z.record(z.string(), z.unknown()).optional() })
  .refine((v) => [v.text, v.markdown, v.html, v.content].filter((s) => s !== undefined).length === 1, {
    message: "give exactly one of text, markdown, html or content",
    path: ["content"],
  });
export type DocumentContentInput = z.infer<typeof documentContentSchema>;
