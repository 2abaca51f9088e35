import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/exports/export-links";
import { htmlDocumentSection, REPORT_CSS } from "@/lib/export/html-report";
import { openDocumentReport } from "@/services/open-document-report";
import { load } from "../../../_lib/load";
import { pageOrigin } from "../../../_lib/origin";
import { requireSessionActor } from "../../../_lib/session";

export const metadata: Metadata = { title: "Verdict report" };

export default async function DocumentReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/documents/${id}/report`);
  const origin = await pageOrigin();
  const { document, project } = load(() => openDocumentReport(actor, id, origin));
  return (
    <div>
      <div className="mb-6 flex flex-col gap-2 print:hidden">
        <p className="text-sm text-stone-500">
          <Link href={`/projects/${project.id}`} className="hover:underline">
            {project.name}
          </Link>{" "}
          /{" "}
          <Link href={`/documents/${document.id}`} className="hover:underline">
            {document.title}
          </Link>{" "}
          / Report
        </p>
        <ExportLinks exportPath={`/api/v1/documents/${document.id}/export`} label="Download this report" />
      </div>
      {/* The same HTML as the html download and the PDF (lib/export/html-report.ts), where every
          character a user typed is escaped; its stylesheet is scoped to .cd-report. */}
      <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      <div
        className="cd-report rounded border border-stone-200 bg-white px-6 py-8 print:border-0 print:p-0"
        dangerouslySetInnerHTML={{ __html: htmlDocumentSection(document) }}
      />
    </div>
  );
}
