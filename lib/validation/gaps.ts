import { z } from "zod";
import { gapKinds, type GapKind } from "../gaps/gap-kinds";

const gapKindKeys = gapKinds.map((g) => g.kind) as [GapKind, ...GapKind[]];

/** A missing, empty or blank query value (a GET form's "all" choice) is no filter. */
const optionalQueryValue = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value),
    schema.optional(),
  );

/** The filter of a project's sourcing gaps, from a query string or a GET form. */
export const gapFilterSchema = z.object({
  kind: optionalQueryValue(z.enum(gapKindKeys, { message: `must be one of: ${gapKindKeys.join(", ")}` })),
  documentId: optionalQueryValue(z.string().trim().max(100)),
});

/** The filter as a query string or a caller gives it; `null` or blank means no filter. */
export type GapFilterInput = { kind?: string | null; documentId?: string | null };
export type GapFilter = z.output<typeof gapFilterSchema>;
