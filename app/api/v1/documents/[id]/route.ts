import { getDocument } from "@/services/get-document";
import { requireActor } from "../../../_http/auth";
import { etagOf, json } from "../../../_http/responses";
import { route } from "../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const document = getDocument(actor, id);
  return json(document, { headers: { ETag: etagOf(document.id, document.version) } });
});
