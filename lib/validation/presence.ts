import { z } from "zod";

/** The id a page chose for its tab: what ties its presence reports to its live stream. */
export const presenceTab = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8 to 64 letters, digits, - or _");

/** `POST /api/v1/documents/:id/presence`: the claim open in this tab of the page (null: none). */
export const presenceSchema = z.strictObject({
  tab: presenceTab,
  claimId: z.string().trim().min(1).max(100).nullable(),
});
export type PresenceInput = z.output<typeof presenceSchema>;
