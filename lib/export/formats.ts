/**
 * The export formats of a document or a project: what each is called, its media type and the
 * extension of its file; and the file's name, from the title.
 */

export const exportFormats = ["html", "pdf", "markdown", "csv", "claimreview", "webannotation", "json"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export type ExportFormatInfo = {
  /** The Content-Type the download answers with. */
  mediaType: string;
  /** What follows the title's slug in the file's name. */
  extension: string;
  /** The format as a person reads it (the download links). */
  label: string;
};

export const exportFormatInfo: Record<ExportFormat, ExportFormatInfo> = {
  html: { mediaType: "text/html; charset=utf-8", extension: "html", label: "HTML" },
  pdf: { mediaType: "application/pdf", extension: "pdf", label: "PDF" },
  markdown: { mediaType: "text/markdown; charset=utf-8", extension: "md", label: "Markdown" },
  csv: { mediaType: "text/csv; charset=utf-8", extension: "csv", label: "CSV" },
  claimreview: { mediaType: "application/ld+json", extension: "claimreview.jsonld", label: "ClaimReview (JSON-LD)" },
  // The Web Annotation Protocol's media type: JSON-LD with the annotation context as its profile.
  webannotation: {
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    extension: "annotations.jsonld",
    label: "Web Annotations (JSON-LD)",
  },
  json: { mediaType: "application/json", extension: "claimdesk.json", label: "JSON (for restoring)" },
};

/** The formats the pages offer as downloads, in the order they list them: all of them. */
export const downloadFormats: readonly ExportFormat[] = exportFormats;

export function isExportFormat(value: string | null | undefined): value is ExportFormat {
  return value !== null && value !== undefined && (exportFormats as readonly string[]).includes(value);
}

const MAX_SLUG = 80;

function cut(slug: string): string {
  const chars = Array.from(slug);
  if (chars.length <= MAX_SLUG) return slug;
  const kept = chars.slice(0, MAX_SLUG).join("");
  const dash = kept.lastIndexOf("-");
  return dash > MAX_SLUG / 2 ? kept.slice(0, dash) : kept;
}

/**
 * `title` as a file name's stem: ASCII letters and digits in lower case, accents dropped, every
 * other run of characters one hyphen, at most 80 characters; `fallback` when nothing is left
 * (a title in another script, or an empty one).
 */
export function asciiSlug(title: string, fallback: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return cut(slug).replace(/-+$/, "") || fallback;
}

/** `title` as a file name's stem in any script (letters and digits of every language kept). */
export function unicodeSlug(title: string): string {
  const slug = title
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return cut(slug).replace(/-+$/, "");
}

/** The file name of an export of something titled `title` in `format`, e.g. `treaty-coverage.csv`. */
export function exportFilename(title: string, format: ExportFormat, fallback = "claimdesk"): string {
  return `${asciiSlug(title, fallback)}.${exportFormatInfo[format].extension}`;
}

function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `Content-Disposition` of a download: `attachment` with the ASCII file name, and the name in
 * its own script as `filename*` (RFC 6266) when the title has letters the ASCII slug loses.
 */
export function attachmentDisposition(title: string, format: ExportFormat, fallback = "claimdesk"): string {
  const ascii = exportFilename(title, format, fallback);
  const unicode = unicodeSlug(title);
  const header = `attachment; filename="${ascii}"`;
  if (!unicode || `${unicode}.${exportFormatInfo[format].extension}` === ascii) return header;
  return `${header}; filename*=UTF-8''${rfc5987(`${unicode}.${exportFormatInfo[format].extension}`)}`;
}
