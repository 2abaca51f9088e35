import { addMemberSchema } from "@/lib/validation/projects";
import { addProjectMember } from "@/services/add-project-member";
import { listProjectMembers } from "@/services/list-project-members";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { created, json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  return json(listProjectMembers(actor, id));
});

export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "member:manage", { projectId: id });
  const input = await readJson(request, addMemberSchema);
  const member = addProjectMember(actor, id, input);
  const body = { projectId: member.projectId, userId: member.userId, role: member.role };
  return member.created ? created(body, `/api/v1/projects/${id}/members/${member.userId}`) : json(body);
});
