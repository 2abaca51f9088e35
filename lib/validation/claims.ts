import { z } from "zod";
import { isValidQuoteText } from "../anchoring/quote-text";
import { claimStatuses, confidences, credibilities, sourceKinds, stances } from "../claims/types";
import { httpUrl, optionalHttpUrl, optionalIsoDate, optionalText } from "./common";

const MAX_QUOTE = 20_000;

const VALID_TEXT = "must be valid text (no lone surrogate, NUL or noncharacter)";

export const textQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1, "must not be empty").max(MAX_QUOTE).refine(isValidQuoteText, VALID_TEXT),
  prefix: z.string().max(1000).refine(isValidQuoteText, VALID_TEXT).optional(),
  suffix: z.string().max(1000).refine(isValidQuoteText, VALID_TEXT).optional(),
});

export const textPositionSelectorSchema = z
  .object({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((s) => s.end > s.start, { message: "end must be greater than start", path: ["end"] });

const oneSelector = z.discriminatedUnion("type", [textQuoteSelectorSchema, textPositionSelectorSchema]);

/** A W3C selector, or an array of one TextQuoteSelector and/or one TextPositionSelector. */
export const claimSelectorInputSchema = z
  .union([oneSelector, z.array(oneSelector).min(1).max(2)])
  .transform((value) => {
    const list = Array.isArray(value) ? value : [value];
    return {
      quote: list.find((s) => s.type === "TextQuoteSelector"),
      position: list.find((s) => s.type === "TextPositionSelector"),
      count: list.length,
      types: new Set(list.map((s) => s.type)).size,
    };
  })
  .refine((v) => v.count === v.types, { message: "give at most one selector of each type" })
  .transform(({ quote, position }) => ({ quote, position }));

export const createClaimSchema = z.object({
  selector: claimSelectorInputSchema,
  claimText: optionalText(5000),
  claimant: optionalText(300),
});
export type CreateClaimInput = z.infer<typeof createClaimSchema>;

export const updateClaimSchema = z
  .object({
    claimText: z.string().trim().min(1, "must not be empty").max(5000).optional(),
    claimant: optionalText(300).optional(),
    status: z.enum(claimStatuses).optional(),
    assigneeId: z.string().trim().min(1).max(100).nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "give at least one field to change" });
export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;

export const verdictSchema = z.object({
  rating: z.string().trim().min(1, "is required").max(40),
  confidence: z
    .enum(confidences)
    .nullish()
    .transform((v) => v ?? null),
  rationale: optionalText(20_000),
});
export type VerdictInput = z.infer<typeof verdictSchema>;

export const resolutionSchema = z.object({
  rating: z.string().trim().min(1, "is required").max(40),
  rationale: z.string().trim().min(1, "is required: say why").max(20_000),
});
export type ResolutionInput = z.infer<typeof resolutionSchema>;

/** Resolving a claim as one reviewer's verdict: whose. */
export const adoptVerdictSchema = z.object({ userId: z.string().trim().min(1, "is required").max(100) });
export type AdoptVerdictInput = z.infer<typeof adoptVerdictSchema>;

/** Assigning claims of one project, in bulk, to a member (or to nobody, with null). */
export const assignClaimsSchema = z.object({
  claimIds: z
    .array(z.string().trim().min(1).max(100))
    .min(1, "choose at least one claim")
    .max(500)
    .transform((ids) => [...new Set(ids)]),
  assigneeId: z.string().trim().min(1).max(100).nullable(),
});
export type AssignClaimsInput = z.infer<typeof assignClaimsSchema>;

const sourceFields = {
  title: optionalText(500),
  publisher: optionalText(300),
  author: optionalText(300),
  publishedAt: optionalIsoDate,
  accessedAt: optionalIsoDate,
  credibility: z.enum(credibilities).optional(),
  archivedUrl: optionalHttpUrl,
};

export const addSourceSchema = z.object({
  url: httpUrl,
  kind: z.enum(sourceKinds),
  stance: z.enum(stances),
  excerpt: optionalText(10_000),
  ...sourceFields,
});
export type AddSourceInput = z.infer<typeof addSourceSchema>;

export const updateClaimSourceSchema = z
  .object({
    url: httpUrl.optional(),
    kind: z.enum(sourceKinds).optional(),
    stance: z.enum(stances).optional(),
    excerpt: optionalText(10_000).optional(),
    title: optionalText(500).optional(),
    publisher: optionalText(300).optional(),
    author: optionalText(300).optional(),
    publishedAt: optionalIsoDate.optional(),
    accessedAt: optionalIsoDate.optional(),
    credibility: z.enum(credibilities).optional(),
    archivedUrl: optionalHttpUrl.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "give at least one field to change" });
export type UpdateClaimSourceInput = z.infer<typeof updateClaimSourceSchema>;

export const commentSchema = z.object({
  body: z.string().trim().min(1, "must not be empty").max(20_000),
  parentId: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
});
export type CommentInput = z.infer<typeof commentSchema>;

export const updateCommentSchema = z.object({ body: z.string().trim().min(1, "must not be empty").max(20_000) });
