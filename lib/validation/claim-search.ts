import { z } from "zod";
import { anchorStatuses } from "../anchoring/types";
import { claimStatuses } from "../claims/types";
import { gapKinds, type GapKind } from "../gaps/gap-kinds";

/** The orders the explorer lists claims in: best match first (with a search), or by a column. */
export const claimSorts = ["relevance", "marked", "document", "status", "rating"] as const;
export type ClaimSort = (typeof claimSorts)[number];
export const sortOrders = ["asc", "desc"] as const;
export type SortOrder = (typeof sortOrders)[number];

export const DEFAULT_SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 200;

const gapKindKeys = gapKinds.map((g) => g.kind) as [GapKind, ...GapKind[]];

/** A missing or blank query value (a GET form's "any" choice) is no filter. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value),
    schema.optional(),
  );

const id = z.string().trim().max(100);
const ratingKey = z
  .string()
  .trim()
  .max(40)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a rating key");

/** A calendar date, YYYY-MM-DD, that exists. */
const calendarDate = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    message: "must be a date like 2025-01-14",
  });

/**
 * The claims explorer's query, as `GET /api/v1/claims` and the explorer page's URL carry it:
 * every value a string, blank meaning "any". `from` and `to` bound the date a claim was marked
 * (UTC, both days included); `hasSource` is `1` (cited) or `0` (not cited).
 */
export const claimSearchSchema = z
  .object({
    projectId: optional(id),
    q: optional(z.string().trim().max(500, "must be at most 500 characters")),
    rating: optional(ratingKey),
    verdictRating: optional(ratingKey),
    status: optional(z.enum(claimStatuses, { message: `must be one of: ${claimStatuses.join(", ")}` })),
    reviewer: optional(id),
    assignee: optional(id),
    documentId: optional(id),
    anchor: optional(z.enum(anchorStatuses, { message: `must be one of: ${anchorStatuses.join(", ")}` })),
    gap: optional(z.enum(gapKindKeys, { message: `must be one of: ${gapKindKeys.join(", ")}` })),
    hasSource: optional(z.enum(["1", "0"], { message: "must be 1 or 0" }).transform((v) => v === "1")),
    from: optional(calendarDate),
    to: optional(calendarDate),
    sort: optional(z.enum(claimSorts, { message: `must be one of: ${claimSorts.join(", ")}` })),
    order: optional(z.enum(sortOrders, { message: "must be asc or desc" })),
    cursor: optional(z.string().trim().max(2000)),
    limit: optional(
      z.coerce
        .number({ message: "must be a number" })
        .int("must be a whole number")
        .min(1, "must be at least 1")
        .max(MAX_SEARCH_LIMIT, `must be at most ${MAX_SEARCH_LIMIT}`),
    ),
  })
  .refine((v) => v.from === undefined || v.to === undefined || v.from <= v.to, {
    message: "must not be before from",
    path: ["to"],
  });

/** The query as a caller gives it: strings (or nothing) by parameter name. */
export type ClaimSearchInput = Partial<Record<keyof z.input<typeof claimSearchSchema>, string | null>>;
export type ClaimSearchParams = z.output<typeof claimSearchSchema>;

/** The URL parameters of the explorer page, in the order its links write them. */
export const claimSearchParamNames = [
  "q",
  "rating",
  "verdictRating",
  "status",
  "reviewer",
  "assignee",
  "documentId",
  "anchor",
  "gap",
  "hasSource",
  "from",
  "to",
  "sort",
  "order",
  "cursor",
] as const;
