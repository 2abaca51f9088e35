import { presenceSchema } from "@/lib/validation/presence";
import { checkAccess } from "@/services/check-access";
import { reportPresence } from "@/services/report-presence";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { noContent } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

/** `{tab, claimId}`: the claim open in this tab of the document's page, shown to the others on it. `204`. */
export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "project:read", { documentId: id });
  const input = await readJson(request, presenceSchema);
  reportPresence(actor, id, input);
  return noContent();
});
