import { listProjectGaps } from "@/services/list-project-gaps";
import { requireActor } from "../../../../_http/auth";
import { json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const query = new URL(request.url).searchParams;
  return json(listProjectGaps(actor, id, { kind: query.get("kind"), documentId: query.get("documentId") }));
});
