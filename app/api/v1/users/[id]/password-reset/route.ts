import { resetUserPassword } from "@/services/reset-user-password";
import { requireActor } from "../../../../_http/auth";
import { json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

/** Admins: resets someone else's password to a temporary one, answered once, to be changed at their next sign-in. */
export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  const { user, temporaryPassword } = await resetUserPassword(actor, id);
  return json(
    { userId: user.id, temporaryPassword, mustChangePassword: true },
    { headers: { "Cache-Control": "no-store" } },
  );
});
