"use server";

import type { ActionResult } from "@/lib/action-result";
import type { NotificationList } from "@/lib/notifications/types";
import { markNotificationsReadSchema, notificationListSchema } from "@/lib/validation/notifications";
import { listMyNotifications } from "@/services/list-my-notifications";
import { markNotificationsRead, type MarkReadResult } from "@/services/mark-notifications-read";
import { runValueAction } from "./_lib/action";

/** A page of the signed-in person's notices, for the header's bell and the notifications page. */
export async function listNotificationsAction(input: unknown): Promise<ActionResult<NotificationList>> {
  return runValueAction(input, notificationListSchema, (actor, value) => listMyNotifications(actor, value));
}

/** `{ids}` or `{all: true}`: marks the signed-in person's notices read. */
export async function markNotificationsReadAction(input: unknown): Promise<ActionResult<MarkReadResult>> {
  return runValueAction(input, markNotificationsReadSchema, (actor, value) => markNotificationsRead(actor, value));
}
