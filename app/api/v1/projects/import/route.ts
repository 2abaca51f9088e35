import { importProject } from "@/services/import-project";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../_http/auth";
import { readJsonImport } from "../../../_http/body";
import { created } from "../../../_http/responses";
import { route } from "../../../_http/route";

/** Restores a project's `json` export as a new project, the caller its editor: a JSON body, or a multipart upload of the file. */
export const POST = route(async (request) => {
  const actor = requireActor(request);
  checkAccess(actor, "project:create");
  const value = await readJsonImport(request);
  const project = importProject(actor, value);
  return created(project, `/api/v1/projects/${project.id}`);
});
