import { verdictSchema } from "@/lib/validation/claims";
import { giveVerdict } from "@/services/give-verdict";
import { checkAccess } from "@/services/check-access";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { etagOf, json, versionsFromIfMatch } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

/** The caller's own verdict; its ETag names the claim and the reviewer. */
export const PUT = route<{ id: string }>(async (request, { id }) => {
  const actor = requireActor(request);
  checkAccess(actor, "verdict:give", { claimId: id });
  const input = await readJson(request, verdictSchema);
  const tag = `${id}~${actor.userId}`;
  const { claim, verdict } = giveVerdict(actor, id, input, versionsFromIfMatch(request, tag));
  const own = claim.verdicts.find((v) => v.userId === actor.userId);
  return json(
    { ...own, claimId: id, version: verdict.version, claim },
    { headers: { ETag: etagOf(tag, verdict.version) } },
  );
});
