import "server-only";
import { AppError } from "@/lib/errors";
import {
  attachmentDisposition,
  exportFormatInfo,
  exportFormats,
  isExportFormat,
  type ExportFormat,
} from "@/lib/export/formats";

/** A download: its name, media type and body, which streams. */
export type ExportFile = {
  format: ExportFormat;
  /** The `Content-Type` to answer with. */
  mediaType: string;
  /** The `Content-Disposition`: an attachment named after the title (see lib/export/formats). */
  disposition: string;
  body: ReadableStream<Uint8Array>;
};

/**
 * The format asked for, or 422 naming the ones there are. Checked before the document or
 * project is looked up, as every input is.
 */
export function parseExportFormat(value: string | null | undefined): ExportFormat {
  if (!isExportFormat(value)) {
    const message = `format must be one of ${exportFormats.join(", ")}`;
    throw new AppError(
      "invalid",
      value ? `There is no export format "${value}".` : "Say which format to export (format=…).",
      {
        fields: { format: [message] },
      },
    );
  }
  return value;
}

/**
 * A stream of the text `chunks` gives, encoded as UTF-8, one chunk per pull: nothing is made
 * before the reader asks for it, so a slow client holds the export back instead of it piling
 * up in memory. Empty chunks (a document with nothing to write) are skipped, with a turn of the
 * event loop between them so a long run of them does not hold up other requests; a client that
 * goes away stops the reading at the next chunk. A failure while producing a chunk ends the
 * stream with that error.
 */
export function textStream(chunks: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let isCancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          for (;;) {
            const next = chunks.next();
            if (next.done) {
              controller.close();
              return;
            }
            if (next.value !== "") {
              controller.enqueue(encoder.encode(next.value));
              return;
            }
            await new Promise((resolve) => setImmediate(resolve));
            if (isCancelled) return;
          }
        } catch (error) {
          if (!isCancelled) controller.error(error);
        }
      },
      cancel() {
        isCancelled = true;
        chunks.return?.(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}

export function exportFile(
  format: ExportFormat,
  title: string,
  fallbackName: string,
  body: ReadableStream<Uint8Array>,
): ExportFile {
  return {
    format,
    mediaType: exportFormatInfo[format].mediaType,
    disposition: attachmentDisposition(title, format, fallbackName),
    body,
  };
}

/** The report HTML printed to PDF, as a download (503 when there is no Chromium). */
export async function pdfFile(title: string, fallbackName: string, html: string): Promise<ExportFile> {
  // playwright-core is loaded with the first PDF, not by every export.
  const { renderPdf } = await import("./render-pdf");
  const pdf = await renderPdf(html);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(pdf);
      controller.close();
    },
  });
  return exportFile("pdf", title, fallbackName, body);
}
