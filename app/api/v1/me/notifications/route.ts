import { notificationListSchema } from "@/lib/validation/notifications";
import { listMyNotifications } from "@/services/list-my-notifications";
import { requireActor } from "../../../_http/auth";
import { parseInput } from "../../../_http/body";
import { json } from "../../../_http/responses";
import { route } from "../../../_http/route";

/** The caller's notices, newest first: `?limit=` (1–100, default 20), `?cursor=` from `nextCursor`, `?unreadOnly=true`. */
export const GET = route((request) => {
  const actor = requireActor(request);
  const query = new URL(request.url).searchParams;
  const input = parseInput(notificationListSchema, {
    cursor: query.get("cursor"),
    limit: query.get("limit"),
    unreadOnly: query.get("unreadOnly"),
  });
  return json(listMyNotifications(actor, input));
});
