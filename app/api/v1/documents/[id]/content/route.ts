import { documentContentSchema } from "@/lib/validation/documents";
import { saveRevision } from "@/services/save-revision";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { etagOf, json, versionsFromIfMatch } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const PUT = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "document:edit", { documentId: id });
  const input = await readJson(request, documentContentSchema);
  const result = saveRevision(actor, id, input, versionsFromIfMatch(request, id));
  return json({ revision: result.revision, claims: result.claims }, { headers: { ETag: etagOf(id, result.version) } });
});
