import { commentSchema } from "@/lib/validation/claims";
import { addComment } from "@/services/add-comment";
import { listClaimComments } from "@/services/list-claim-comments";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { created, etagOf, json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  return json(listClaimComments(actor, id));
});

export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "comment:add", { claimId: id });
  const input = await readJson(request, commentSchema);
  const comment = addComment(actor, id, input);
  return created(comment, `/api/v1/comments/${comment.id}`, { ETag: etagOf(comment.id, comment.version) });
});
