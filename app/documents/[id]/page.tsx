import type { Metadata } from "next";
import Link from "next/link";
import { DocumentViewer } from "@/components/editor/document-viewer";
import { directionOfLanguage } from "@/lib/text/direction";
import { getDocument } from "@/services/get-document";
import { load } from "../../_lib/load";
import { requireSessionActor } from "../../_lib/session";

export const metadata: Metadata = { title: "Document" };

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/documents/${id}`);
  const { document, project } = load(() => getDocument(actor, id));
  const meta = [document.publisher, document.author, document.publishedAt].filter(Boolean);
  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm text-stone-500">
        <Link href={`/projects/${project.id}`} className="hover:underline">
          {project.name}
        </Link>{" "}
        /
      </p>
      <h1 className="mb-1 text-3xl font-semibold leading-tight">{document.title}</h1>
      <p className="mb-6 text-sm text-stone-600">
        {meta.join(" · ")}
        {meta.length ? " · " : ""}revision {document.revision}
        {document.sourceUrl ? (
          <>
            {" · "}
            <a href={document.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="text-sky-800 underline">
              original
            </a>
          </>
        ) : null}
      </p>
      <div className="rounded border border-stone-200 bg-white px-8 py-4 shadow-sm">
        <DocumentViewer content={document.content} dir={directionOfLanguage(document.language)} lang={document.language ?? undefined} />
      </div>
    </article>
  );
}
