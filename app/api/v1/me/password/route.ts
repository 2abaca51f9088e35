import { changePasswordSchema } from "@/lib/validation/accounts";
import { changePassword } from "@/services/change-password";
import { requireActor } from "../../../_http/auth";
import { readJson } from "../../../_http/body";
import { json } from "../../../_http/responses";
import { route } from "../../../_http/route";

/**
 * The caller changes their own password `{currentPassword, newPassword}`: their other sessions
 * and tokens end, the credential of this request stays. The one request allowed to someone who
 * must choose a new password.
 */
export const PUT = route(async (request) => {
  const actor = requireActor(request, { allowPendingPasswordChange: true });
  const input = await readJson(request, changePasswordSchema);
  return json(await changePassword(actor, input));
});
