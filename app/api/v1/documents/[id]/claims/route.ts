import { createClaimSchema } from "@/lib/validation/claims";
import { listDocumentClaimsSerialized } from "@/services/list-document-claims";
import { markClaimGrouped } from "@/services/mark-claim";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { created, etagOf, serializedJson } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  return serializedJson(request, listDocumentClaimsSerialized(actor, id));
});

export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "claim:create", { documentId: id });
  const input = await readJson(request, createClaimSchema);
  const claim = await markClaimGrouped(actor, id, input);
  return created(claim, `/api/v1/claims/${claim.id}`, { ETag: etagOf(claim.id, claim.version) });
});
