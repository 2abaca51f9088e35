import { updateClaimSourceSchema } from "@/lib/validation/claims";
import { notFound } from "@/lib/errors";
import { editCitation } from "@/services/edit-citation";
import { removeCitation } from "@/services/remove-citation";
import { getClaim } from "@/services/get-claim";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../../_http/auth";
import { readJson } from "../../../../../_http/body";
import { etagOf, json, noContent, versionsFromIfMatch } from "../../../../../_http/responses";
import { route } from "../../../../../_http/route";

type Params = { id: string; sourceId: string };

export const GET = route<Params>((request, { id, sourceId }) => {
  const actor = requireActor(request);
  const source = getClaim(actor, id).sources.find((s) => s.id === sourceId);
  if (!source) throw notFound("Source citation");
  return json(source, { headers: { ETag: etagOf(source.id, source.version) } });
});

export const PATCH = route<Params>(async (request, { id, sourceId }) => {
  const actor = requireActor(request);
  checkAccess(actor, "source:cite", { claimId: id });
  const input = await readJson(request, updateClaimSourceSchema);
  const { source } = editCitation(actor, id, sourceId, input, versionsFromIfMatch(request, sourceId));
  return json(source, { headers: { ETag: etagOf(source.id, source.version) } });
});

export const DELETE = route<Params>((request, { id, sourceId }) => {
  const actor = requireActor(request);
  removeCitation(actor, id, sourceId, versionsFromIfMatch(request, sourceId));
  return noContent();
});
