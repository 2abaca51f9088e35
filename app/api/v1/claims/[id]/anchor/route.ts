import { reattachClaimSchema } from "@/lib/validation/claim-anchor";
import { checkAccess } from "@/services/check-access";
import { reattachClaim } from "@/services/reattach-claim";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { etagOf, json, versionsFromIfMatch } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

/** Re-attaches the claim to the words `{selector}` names in the current text, or `{orphaned: true}`; If-Match required. */
export const PUT = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "claim:reattach", { claimId: id });
  const input = await readJson(request, reattachClaimSchema);
  const claim = reattachClaim(actor, id, input, versionsFromIfMatch(request, id));
  return json(claim, { headers: { ETag: etagOf(claim.id, claim.version) } });
});
