import { claimSearchSchema, type ClaimSearchInput } from "@/lib/validation/claim-search";
import { searchClaims } from "@/services/search-claims";
import { requireActor } from "../../_http/auth";
import { json } from "../../_http/responses";
import { route } from "../../_http/route";

const parameterNames = Object.keys(claimSearchSchema.shape) as (keyof ClaimSearchInput)[];

export const GET = route((request) => {
  const actor = requireActor(request);
  const query = new URL(request.url).searchParams;
  const input: ClaimSearchInput = Object.fromEntries(parameterNames.map((name) => [name, query.get(name)]));
  return json(searchClaims(actor, input));
});
