import { z } from "zod";
import { activityKinds, type ActivityKind } from "../claims/activity";

const kinds = activityKinds.map((k) => k.kind) as [ActivityKind, ...ActivityKind[]];

/** A missing, empty or blank query value (a GET form's "all" choice) is no filter. */
const optionalQueryValue = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value),
    schema.optional(),
  );

export const ACTIVITY_PAGE_SIZE = 50;

/** A project's activity: filters and the page, from a query string or a GET form. */
export const activityFilterSchema = z.object({
  person: optionalQueryValue(z.string().trim().max(100)),
  documentId: optionalQueryValue(z.string().trim().max(100)),
  kind: optionalQueryValue(z.enum(kinds, { message: `must be one of: ${kinds.join(", ")}` })),
  before: optionalQueryValue(z.coerce.number().int().positive({ message: "is not a page of this activity" })),
  limit: optionalQueryValue(z.coerce.number().int().min(1).max(200)),
});
export type ActivityFilterInput = {
  person?: string | null;
  documentId?: string | null;
  kind?: string | null;
  before?: string | null;
  limit?: string | null;
};
export type ActivityFilter = z.output<typeof activityFilterSchema>;
