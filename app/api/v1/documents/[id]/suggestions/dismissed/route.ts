import { dismissSuggestionSchema } from "@/lib/validation/suggestions";
import { checkAccess } from "@/services/check-access";
import { dismissSuggestion } from "@/services/dismiss-suggestion";
import { requireActor } from "../../../../../_http/auth";
import { readJson } from "../../../../../_http/body";
import { noContent } from "../../../../../_http/responses";
import { route } from "../../../../../_http/route";

export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "suggestion:dismiss", { documentId: id });
  const input = await readJson(request, dismissSuggestionSchema);
  dismissSuggestion(actor, id, input);
  return noContent();
});
