import { assignClaimsSchema } from "@/lib/validation/claims";
import { assignClaims } from "@/services/assign-claims";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

/** Editors: `{claimIds, assigneeId}` gives those claims of the project to a member (null: to nobody). */
export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "claim:assign", { projectId: id });
  const input = await readJson(request, assignClaimsSchema);
  return json(assignClaims(actor, id, input));
});
