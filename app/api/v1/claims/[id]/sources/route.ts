import { addSourceSchema } from "@/lib/validation/claims";
import { citeSource } from "@/services/cite-source";
import { getClaim } from "@/services/get-claim";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { created, etagOf, json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  return json(getClaim(actor, id).sources);
});

export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "source:cite", { claimId: id });
  const input = await readJson(request, addSourceSchema);
  const { source } = citeSource(actor, id, input);
  return created(source, `/api/v1/claims/${id}/sources/${source.id}`, { ETag: etagOf(source.id, source.version) });
});
