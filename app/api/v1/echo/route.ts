import { echoSchema } from "@/lib/validation/echo";
import { requireActor } from "../../_http/auth";
import { readJson } from "../../_http/body";
import { json } from "../../_http/responses";
import { route } from "../../_http/route";

// The API's floor: sign-in, the body read under its limit and parsed, a JSON answer, and
// nothing else. `npm run bench` weighs the real routes against it, on the same server.
export const POST = route(async (request) => {
  requireActor(request);
  return json(await readJson(request, echoSchema));
});
