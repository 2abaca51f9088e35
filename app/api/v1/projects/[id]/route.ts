import { updateProjectSchema } from "@/lib/validation/projects";
import { editProject } from "@/services/edit-project";
import { getProject } from "@/services/get-project";
import { toProjectResource } from "@/services/support/project-resource";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../_http/auth";
import { readJson } from "../../../_http/body";
import { etagOf, json, versionsFromIfMatch } from "../../../_http/responses";
import { route } from "../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const p = getProject(actor, id);
  return json(toProjectResource(p, p.role), { headers: { ETag: etagOf(p.id, p.version) } });
});

export const PATCH = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "project:edit", { projectId: id });
  const input = await readJson(request, updateProjectSchema);
  const project = editProject(actor, id, input, versionsFromIfMatch(request, id));
  return json(project, { headers: { ETag: etagOf(project.id, project.version) } });
});
