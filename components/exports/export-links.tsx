import { downloadFormats, exportFormatInfo } from "@/lib/export/formats";

/**
 * Download links for an export route (`/api/v1/documents/:id/export` or the project's): one
 * per format, each answered as an attachment with its file name. Plain links, so a download
 * needs no script and goes through the API's own access check.
 */
export function ExportLinks({ exportPath, label = "Download" }: { exportPath: string; label?: string }) {
  return (
    <nav aria-label="Downloads" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm print:hidden">
      <span className="text-stone-600">{label}:</span>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {downloadFormats.map((format) => (
          <li key={format}>
            <a href={`${exportPath}?format=${format}`} download className="text-sky-800 underline hover:text-sky-950">
              {exportFormatInfo[format].label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
