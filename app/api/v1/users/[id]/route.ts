import { updateUserSchema } from "@/lib/validation/accounts";
import type { PublicUser } from "@/db/queries/users";
import { checkAccess } from "@/services/check-access";
import { getAccount } from "@/services/get-account";
import { setUserDisabled } from "@/services/set-user-disabled";
import { requireActor } from "../../../_http/auth";
import { readJson } from "../../../_http/body";
import { json } from "../../../_http/responses";
import { route } from "../../../_http/route";

function view(user: PublicUser) {
  const { id, name, email, role, createdAt, disabledAt, mustChangePassword } = user;
  return { id, name, email, role, createdAt, disabledAt, mustChangePassword };
}

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  return json(view(getAccount(actor, id)));
});

/** Admins: `{disabled: true | false}` disables or re-enables someone else's account. */
export const PATCH = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "user:disable", { userId: id });
  const input = await readJson(request, updateUserSchema);
  return json(view(setUserDisabled(actor, id, input.disabled)));
});
