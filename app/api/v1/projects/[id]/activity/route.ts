import { listProjectActivity } from "@/services/list-project-activity";
import { requireActor } from "../../../../_http/auth";
import { json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const query = new URL(request.url).searchParams;
  const activity = listProjectActivity(actor, id, {
    person: query.get("person"),
    documentId: query.get("documentId"),
    kind: query.get("kind"),
    before: query.get("before"),
    limit: query.get("limit"),
  });
  return json(activity);
});
