import { getProjectStats } from "@/services/get-project-stats";
import { requireActor } from "../../../../_http/auth";
import { json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  return json(getProjectStats(actor, id));
});
