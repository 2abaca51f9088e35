import { getProjectMember } from "@/services/get-project-member";
import { requireActor } from "../../../../../_http/auth";
import { json } from "../../../../../_http/responses";
import { route } from "../../../../../_http/route";

export const GET = route<{ id: string; userId: string }>((request, { id, userId }) => {
  const actor = requireActor(request);
  return json({ projectId: id, ...getProjectMember(actor, id, userId) });
});
