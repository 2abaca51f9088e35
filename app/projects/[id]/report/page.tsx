import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/exports/export-links";
import { htmlDocumentSection, htmlProjectHeader, REPORT_CSS } from "@/lib/export/html-report";
import { openProjectReport } from "@/services/open-project-report";
import { load } from "../../../_lib/load";
import { pageOrigin } from "../../../_lib/origin";
import { requireSessionActor } from "../../../_lib/session";

export const metadata: Metadata = { title: "Project report" };

export default async function ProjectReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/projects/${id}/report`);
  const origin = await pageOrigin();
  const report = load(() => openProjectReport(actor, id, origin));
  // The same HTML as the html download and the PDF (lib/export/html-report.ts): every character
  // a user typed is escaped there; the stylesheet is scoped to .cd-report.
  const html =
    htmlProjectHeader(report.project, report.contents) +
    report.documents.map((d) => htmlDocumentSection(d, { level: 2 })).join("");
  return (
    <div>
      <div className="mb-6 flex flex-col gap-2 print:hidden">
        <p className="text-sm text-stone-500">
          <Link href={`/projects/${id}`} className="hover:underline">
            {report.project.name}
          </Link>{" "}
          / Report
        </p>
        <ExportLinks exportPath={`/api/v1/projects/${id}/export`} label="Download this report" />
      </div>
      <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      <div
        className="cd-report rounded border border-stone-200 bg-white px-6 py-8 print:border-0 print:p-0"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
}
