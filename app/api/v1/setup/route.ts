import { getConfig } from "@/lib/config";
import { setupSchema } from "@/lib/validation/accounts";
import { setUpInstance } from "@/services/set-up-instance";
import { readJson } from "../../_http/body";
import { created } from "../../_http/responses";
import { route } from "../../_http/route";

export const POST = route(async (request) => {
  const input = await readJson(request, setupSchema);
  const { user, demoProjectId } = await setUpInstance(input, { withDemo: getConfig().isDemoEnabled });
  return created(
    { id: user.id, name: user.name, email: user.email, role: user.role, demoProjectId },
    `/api/v1/users/${user.id}`,
  );
});
