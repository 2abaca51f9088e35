import { resolutionSchema } from "@/lib/validation/claims";
import { notFound } from "@/lib/errors";
import { getClaim } from "@/services/get-claim";
import { resolveClaim } from "@/services/resolve-claim";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { etagOf, json, versionsFromIfMatch } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

/**
 * The resolution's ETag is `"<claimId>~resolution.<version>"`, the version being
 * `resolution.version` of the claim object (0 before there is a resolution): what `If-Match`
 * of a PUT names, whether the client read it here or from `GET /api/v1/claims/:id`.
 */
export const GET = route<{ id: string }>((request, { id }) => {
  const actor = requireActor(request);
  const claim = getClaim(actor, id);
  // None yet, or withheld by blind review: either way there is nothing this caller may read.
  if (!claim.resolution) throw notFound("Resolution");
  const tag = `${id}~resolution`;
  return json({ ...claim.resolution, claimId: id }, { headers: { ETag: etagOf(tag, claim.resolution.version) } });
});

export const PUT = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "resolution:give", { claimId: id });
  const input = await readJson(request, resolutionSchema);
  const tag = `${id}~resolution`;
  const { claim, verdict } = resolveClaim(actor, id, input, versionsFromIfMatch(request, tag));
  return json(
    { ...claim.resolution, claimId: id, version: verdict.version, claim },
    { headers: { ETag: etagOf(tag, verdict.version) } },
  );
});
