import { createUserSchema } from "@/lib/validation/accounts";
import { createUser } from "@/services/create-user";
import { listUsers } from "@/services/list-users";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../_http/auth";
import { readJson } from "../../_http/body";
import { created, json } from "../../_http/responses";
import { route } from "../../_http/route";

export const POST = route(async (request) => {
  const actor = requireActor(request);
  checkAccess(actor, "user:create");
  const input = await readJson(request, createUserSchema);
  const user = await createUser(actor, input);
  return created({ id: user.id, name: user.name, email: user.email, role: user.role }, `/api/v1/users/${user.id}`);
});

export const GET = route((request) => {
  const actor = requireActor(request);
  return json(listUsers(actor));
});
