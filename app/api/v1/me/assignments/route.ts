import { getMyQueue } from "@/services/get-my-queue";
import { requireActor } from "../../../_http/auth";
import { json } from "../../../_http/responses";
import { route } from "../../../_http/route";

/** The caller's queue: open assignments across projects, and (editors) the claims flagged for adjudication. */
export const GET = route((request) => {
  const actor = requireActor(request);
  return json(getMyQueue(actor));
});
