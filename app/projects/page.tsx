import type { Metadata } from "next";
import Link from "next/link";
import { NewProjectForm } from "@/components/projects/new-project-form";
import { listProjects } from "@/services/list-projects";
import { requireSessionActor } from "../_lib/session";
import { createProjectAction } from "./actions";

export const metadata: Metadata = { title: "Projects" };

const roleLabel = { editor: "Editor", reviewer: "Reviewer", viewer: "Viewer" } as const;

export default async function ProjectsPage() {
  const actor = await requireSessionActor("/projects");
  const projects = listProjects(actor);
  return (
    <div className="grid gap-8 md:grid-cols-[2fr_1fr]">
      <section>
        <h1 className="mb-4 text-2xl font-semibold">Projects</h1>
        {projects.length === 0 ? (
          <p className="text-stone-700">
            You are not a member of any project yet. Create one, or ask an editor to add you.
          </p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {projects.map((p) => (
              <li key={p.id} className="flex items-center gap-3 px-4 py-3">
                <Link href={`/projects/${p.id}`} className="font-medium text-sky-900 hover:underline">
                  {p.name}
                </Link>
                {p.isDemo ? (
                  <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">demo</span>
                ) : null}
                <span className="ml-auto text-sm text-stone-600">
                  {p.documentCount} {p.documentCount === 1 ? "document" : "documents"}
                  {p.role ? ` · ${roleLabel[p.role]}` : " · Admin"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <aside>
        <NewProjectForm action={createProjectAction} />
      </aside>
    </div>
  );
}
