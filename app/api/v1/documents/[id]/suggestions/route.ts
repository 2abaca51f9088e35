import { listSuggestions } from "@/services/list-suggestions";
import { requireActor } from "../../../../_http/auth";
import { json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  return json(listSuggestions(actor, id));
});
