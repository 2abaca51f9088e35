import type { ExportFile } from "@/services/support/export-file";

/** A download's response: its media type, an attachment's name, and a body that streams. */
export function download(file: ExportFile): Response {
  return new Response(file.body, {
    status: 200,
    headers: {
      "Content-Type": file.mediaType,
      "Content-Disposition": file.disposition,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
