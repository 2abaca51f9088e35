import type { Metadata } from "next";
import { ProjectSettingsForm } from "@/components/projects/project-settings-form";
import { openProjectSettings } from "@/services/open-project-settings";
import { load } from "../../../_lib/load";
import { requireSessionActor } from "../../../_lib/session";
import { saveProjectSettingsAction } from "./actions";
import { ProjectBreadcrumb } from "@/components/projects/project-breadcrumb";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireSessionActor(`/projects/${id}/settings`);
  const { project, ratingUses } = load(() => openProjectSettings(actor, id));
  return (
    <div>
      <ProjectBreadcrumb project={{ id, name: project.name }} />
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
