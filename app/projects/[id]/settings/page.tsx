import type { Metadata } from "next";
import Link from "next/link";
import { ProjectSettingsForm } from "@/components/projects/project-settings-form";
import { openProjectSettings } from "@/services/open-project-settings";
import { load } from "../../../_lib/load";
import { requireSessionActor } from "../../../_lib/session";
import { saveProjectSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/projects/${id}/settings`);
  const { project, ratingUses } = load(() => openProjectSettings(actor, id));
  return (
    <div>
      <p className="text-sm text-stone-500">
        <Link href="/projects" className="hover:underline">
          Projects
        </Link>{" "}
        /{" "}
        <Link href={`/projects/${id}`} className="hover:underline">
          {project.name}
        </Link>{" "}
        /
      </p>
      <h1 className="mb-6 text-2xl font-semibold">Settings</h1>
      <ProjectSettingsForm
        action={saveProjectSettingsAction.bind(null, id)}
        settings={{
          name: project.name,
          organizationName: project.organization?.name ?? null,
          organizationUrl: project.organization?.url ?? null,
          blindReview: project.blindReview,
          ratingScale: project.ratingScale,
          version: project.version,
        }}
        ratingUses={ratingUses}
      />
    </div>
  );
}
