import { z } from "zod";
import { getConfig } from "@/lib/config";
import { clientAddress } from "@/lib/http/forwarded";
import { createOwnTokenSchema, createTokenSchema } from "@/lib/validation/accounts";
import { createApiToken } from "@/services/create-api-token";
import { createOwnApiToken } from "@/services/create-own-api-token";
import { listApiTokens } from "@/services/list-api-tokens";
import { optionalActor, requestCookie, requireActor } from "../../_http/auth";
import { parseInput, readJson } from "../../_http/body";
import { json } from "../../_http/responses";
import { route } from "../../_http/route";

/**
 * A new personal API token, shown once: `{email, password, label?, expiresInDays?}` from
 * anyone (throttled as a sign-in is), or `{label?, expiresInDays?}` from someone signed in (a
 * session or another token).
 */
export const POST = route(async (request) => {
  const body = await readJson(request, z.looseObject({}));
  const hasCredentials = "email" in body || "password" in body;
  const actor = hasCredentials ? null : optionalActor(request);
  const issued = actor
    ? createOwnApiToken(actor, parseInput(createOwnTokenSchema, body))
    : await createApiToken(parseInput(createTokenSchema, body), {
        address: clientAddress(request.headers, getConfig()),
        cookie: (name) => requestCookie(request, name),
      });
  return json(issued, { status: 201, headers: { "Cache-Control": "no-store" } });
});

/** The caller's own tokens (never their secrets). */
export const GET = route((request) => {
  const actor = requireActor(request);
  return json({ tokens: listApiTokens(actor) }, { headers: { "Cache-Control": "no-store" } });
});
