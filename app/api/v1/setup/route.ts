import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { isFromThisMachine } from "@/lib/http/forwarded";
import { setupSchema } from "@/lib/validation/accounts";
import { isInstanceSetUp } from "@/services/is-instance-set-up";
import { setUpInstance } from "@/services/set-up-instance";
import { readJson } from "../../_http/body";
import { created } from "../../_http/responses";
import { route } from "../../_http/route";

/** Creates the first admin; from another machine, with the one-time setup code printed in the server's log. */
export const POST = route(async (request) => {
  if (isInstanceSetUp()) throw new AppError("conflict", "This ClaimDesk is already set up. Sign in instead.");
  const input = await readJson(request, setupSchema);
  const config = getConfig();
  const { user, demoProjectId } = await setUpInstance(input, {
    withDemo: config.isDemoEnabled,
    from: isFromThisMachine(request.headers, config) ? "this-machine" : "elsewhere",
  });
  return created(
    { id: user.id, name: user.name, email: user.email, role: user.role, demoProjectId },
    `/api/v1/users/${user.id}`,
  );
});
