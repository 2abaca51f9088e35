import { markNotificationsReadSchema } from "@/lib/validation/notifications";
import { markNotificationsRead } from "@/services/mark-notifications-read";
import { requireActor } from "../../../../_http/auth";
import { readJson } from "../../../../_http/body";
import { json } from "../../../../_http/responses";
import { route } from "../../../../_http/route";

/** `{ids: [...]}` or `{all: true}`: marks the caller's notices read; ids of notices not theirs are ignored. */
export const POST = route(async (request) => {
  const actor = requireActor(request);
  const input = await readJson(request, markNotificationsReadSchema);
  return json(markNotificationsRead(actor, input));
});
