import { resolutionSchema } from "@/lib/validation/claims";
import { resolveClaim } from "@/services/resolve-claim";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { etagOf, json, versionsFromIfMatch } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const PUT = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  const input = await readJson(request, resolutionSchema);
  const tag = `${id}~resolution`;
  const { claim, verdict } = resolveClaim(actor, id, input, versionsFromIfMatch(request, tag));
  return json(
    { ...claim.resolution, claimId: id, version: verdict.version, claim },
    { headers: { ETag: etagOf(tag, verdict.version) } },
  );
});
