import { updateClaimSchema } from "@/lib/validation/claims";
import { deleteClaim } from "@/services/delete-claim";
import { editClaim } from "@/services/edit-claim";
import { getClaim } from "@/services/get-claim";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../_http/auth";
import { readJson } from "../../../_http/body";
import { etagOf, json, noContent, versionsFromIfMatch } from "../../../_http/responses";
import { route } from "../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const claim = getClaim(actor, id);
  return json(claim, { headers: { ETag: etagOf(claim.id, claim.version) } });
});

export const PATCH = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "claim:edit", { claimId: id });
  const input = await readJson(request, updateClaimSchema);
  const claim = editClaim(actor, id, input, versionsFromIfMatch(request, id));
  return json(claim, { headers: { ETag: etagOf(claim.id, claim.version) } });
});

export const DELETE = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  deleteClaim(actor, id, versionsFromIfMatch(request, id));
  return noContent();
});
