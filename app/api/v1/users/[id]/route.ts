import { getAccount } from "@/services/get-account";
import { requireActor } from "../../../_http/auth";
import { json } from "../../../_http/responses";
import { route } from "../../../_http/route";

export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const user = getAccount(actor, id);
  return json({ id: user.id, name: user.name, email: user.email, role: user.role, createdAt: user.createdAt });
});
