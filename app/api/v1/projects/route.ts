import { createProjectSchema } from "@/lib/validation/projects";
import { createProject } from "@/services/create-project";
import { listProjects } from "@/services/list-projects";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../_http/auth";
import { readJson } from "../../_http/body";
import { created, etagOf, json } from "../../_http/responses";
import { route } from "../../_http/route";

export const GET = route((request) => {
  const actor = requireActor(request);
  return json(listProjects(actor));
});

export const POST = route(async (request) => {
  const actor = requireActor(request);
  checkAccess(actor, "project:create");
  const input = await readJson(request, createProjectSchema);
  const project = createProject(actor, input);
  return created(
    {
      id: project.id,
      name: project.name,
      ratingScale: project.ratingScale,
      blindReview: project.isBlindReview,
      version: project.version,
    },
    `/api/v1/projects/${project.id}`,
    { ETag: etagOf(project.id, project.version) },
  );
});
