import { updateCommentSchema } from "@/lib/validation/claims";
import { deleteComment } from "@/services/delete-comment";
import { editComment } from "@/services/edit-comment";
import { getComment } from "@/services/get-comment";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../_http/auth";
import { readJson } from "../../../_http/body";
import { etagOf, json, noContent, versionsFromIfMatch } from "../../../_http/responses";
import { route } from "../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const comment = getComment(actor, id);
  return json(comment, { headers: { ETag: etagOf(comment.id, comment.version) } });
});

export const PATCH = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  // Editing is its author's, while a reviewer: the service checks whose it is.
  checkAccess(actor, "comment:add", { commentId: id });
  const input = await readJson(request, updateCommentSchema);
  const comment = editComment(actor, id, input.body, versionsFromIfMatch(request, id));
  return json(comment, { headers: { ETag: etagOf(comment.id, comment.version) } });
});

export const DELETE = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  deleteComment(actor, id, versionsFromIfMatch(request, id));
  return noContent();
});
