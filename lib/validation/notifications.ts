import { z } from "zod";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** `GET /api/v1/me/notifications`: `limit` (1–100) and the `cursor` a previous page gave. */
export const notificationListSchema = z.object({
  cursor: z
    .string()
    .max(200)
    .nullish()
    .transform((v) => v || null),
  limit: z.coerce.number().int().min(1).max(100).nullish(),
  unreadOnly: z
    .enum(["true", "false", "1", "0"])
    .nullish()
    .transform((v) => v === "true" || v === "1"),
});
export type NotificationListInput = z.output<typeof notificationListSchema>;

/**
 * `POST /api/v1/me/notifications/read`: `{ids: [...]}` marks those of the caller's notices
 * read (ids of anyone else's, or of none, are ignored), `{all: true}` marks every one.
 */
export const markNotificationsReadSchema = z.union([
  z.strictObject({ ids: z.array(z.string().min(1).max(64)).min(1).max(200) }),
  z.strictObject({ all: z.literal(true) }),
]);
export type MarkNotificationsReadInput = z.output<typeof markNotificationsReadSchema>;
