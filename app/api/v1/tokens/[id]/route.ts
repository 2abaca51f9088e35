import { revokeApiToken } from "@/services/revoke-api-token";
import { requireActor } from "../../../_http/auth";
import { noContent } from "../../../_http/responses";
import { route } from "../../../_http/route";

/** Revokes one of the caller's tokens (204); someone else's token is 404. */
export const DELETE = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  revokeApiToken(actor, id);
  return noContent();
});
