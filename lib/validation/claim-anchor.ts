import { z } from "zod";
import type { NewClaimSelectors } from "../anchoring/locate-quote";
import { claimSelectorInputSchema } from "./claims";

/** Where a person puts a claim: on the words a selector names in the current text, or nowhere. */
export type ReattachClaimInput = { selector: NewClaimSelectors } | { orphan: true };

/**
 * `PUT /claims/:id/anchor`: `{selector}` (the same selectors as marking a claim) or
 * `{orphaned: true}`, exactly one of them.
 */
export const reattachClaimSchema = z
  .object({
    selector: claimSelectorInputSchema.optional(),
    orphaned: z.literal(true).optional(),
  })
  .refine((v) => (v.selector === undefined) !== (v.orphaned === undefined), {
    message: "give either a selector or orphaned: true",
  })
  .transform((v): ReattachClaimInput => (v.selector ? { selector: v.selector } : { orphan: true }));
