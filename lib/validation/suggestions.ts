import { z } from "zod";

/** The sentence a suggestion names: code point offsets into the current revision and its text. */
export const dismissSuggestionSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    exact: z.string().min(1, "must not be empty").max(20_000),
  })
  .refine((s) => s.end > s.start, { message: "end must be greater than start", path: ["end"] });

export type DismissSuggestionInput = z.infer<typeof dismissSuggestionSchema>;
