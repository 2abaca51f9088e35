import { clearSignInThrottle } from "@/services/clear-sign-in-throttle";
import { requireActor } from "../../../../_http/auth";
import { noContent } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

/** Admins: clears the account's sign-in throttle (its recorded failures), so it may sign in at once. */
export const DELETE = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  clearSignInThrottle(actor, id);
  return noContent();
});
