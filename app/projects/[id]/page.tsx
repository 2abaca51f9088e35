import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/exports/export-links";
import { NewDocumentForm } from "@/components/projects/new-document-form";
import { listDocuments } from "@/services/list-documents";
import { getProject } from "@/services/get-project";
import { load } from "../../_lib/load";
import { requireSessionActor } from "../../_lib/session";
import { createDocumentAction } from "./actions";
import { ProjectBreadcrumb } from "@/components/projects/project-breadcrumb";

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/projects/${id}`);
  const project = load(() => getProject(actor, id));
  const documents = load(() => listDocuments(actor, id));
  const ratingLabel = new Map(project.ratingScale.map((r) => [r.key, r.label]));
  return (
    <div className="grid gap-8 md:grid-cols-[3fr_2fr]">
      <section>
        <ProjectBreadcrumb />
        <h1 className="mb-1 text-2xl font-semibold">{project.name}</h1>
        <p className="mb-6 text-sm text-stone-600">
          {project.role
            ? `You are ${project.role === "editor" ? "an editor" : `a ${project.role}`}`
            : "You are an administrator"}
          {project.isBlindReview ? " · blind review" : ""}
          {" · "}
          <Link href={`/projects/${id}/claims`} className="text-sky-800 underline">
            Claims
          </Link>
          {" · "}
          <Link href={`/projects/${id}/dashboard`} className="text-sky-800 underline">
            Dashboard
          </Link>
          {" · "}
          <Link href={`/projects/${id}/gaps`} className="text-sky-800 underline">
            Sourcing gaps
          </Link>
          {" · "}
          <Link href={`/projects/${id}/report`} className="text-sky-800 underline">
            Report
          </Link>
          {" · "}
          <Link href={`/projects/${id}/activity`} className="text-sky-800 underline">
            Activity
          </Link>
          {project.permissions.adjudicate ? (
            <>
              {" · "}
              <Link href={`/projects/${id}/adjudication`} className="text-sky-800 underline">
                Adjudication
              </Link>
            </>
          ) : null}
          {project.permissions.manageMembers ? (
            <>
              {" · "}
              <Link href={`/projects/${id}/members`} className="text-sky-800 underline">
                Members
              </Link>
            </>
          ) : null}
          {project.permissions.editProject ? (
            <>
              {" · "}
              <Link href={`/projects/${id}/settings`} className="text-sky-800 underline">
                Settings
              </Link>
            </>
          ) : null}
        </p>
        {project.organizationName ? (
          <p className="-mt-4 mb-4 text-sm text-stone-600">
            Published by{" "}
            {project.organizationUrl ? (
              <a
                href={project.organizationUrl}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="text-sky-800 underline"
              >
                {project.organizationName}
              </a>
            ) : (
              project.organizationName
            )}
          </p>
        ) : null}
        <div className="mb-6">
          <ExportLinks exportPath={`/api/v1/projects/${id}/export`} label="Download the project's report and data" />
        </div>
        <h2 className="mb-3 text-lg font-semibold">Documents</h2>
        {documents.length === 0 ? (
          <p className="text-stone-700">No documents yet.</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {documents.map((d) => {
              const resolved = Object.entries(d.resolutions);
              return (
                <li key={d.id} className="px-4 py-3">
                  <Link href={`/documents/${d.id}`} className="font-medium text-sky-900 hover:underline">
                    {d.title}
                  </Link>
                  <p className="text-sm text-stone-600">
                    {[d.publisher, d.publishedAt].filter(Boolean).join(" · ")}
                    {d.publisher || d.publishedAt ? " · " : ""}
                    {d.claimCount} {d.claimCount === 1 ? "claim" : "claims"}
                    {resolved.length
                      ? ` · resolved: ${resolved.map(([k, n]) => `${n} ${ratingLabel.get(k) ?? k}`).join(", ")}`
                      : ""}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {project.permissions.createDocument ? (
        <aside className="flex flex-col gap-6">
          <NewDocumentForm action={createDocumentAction.bind(null, id)} />
        </aside>
      ) : null}
    </div>
  );
}
