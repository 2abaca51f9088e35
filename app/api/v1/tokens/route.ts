import { createTokenSchema } from "@/lib/validation/accounts";
import { createApiToken } from "@/services/create-api-token";
import { readJson } from "../../_http/body";
import { json } from "../../_http/responses";
import { route } from "../../_http/route";

export const POST = route(async (request) => {
  const input = await readJson(request, createTokenSchema);
  const { token, id } = await createApiToken(input);
  return json({ token, id }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
