import { z } from "zod";

/** One rating of a project's scale. `value` maps to ClaimReview's ratingValue (5 best, 1 worst). */
export type Rating = { key: string; label: string; value: number | null };

export const defaultRatingScale: Rating[] = [
  { key: "true", label: "True", value: 5 },
  { key: "mostly-true", label: "Mostly true", value: 4 },
  { key: "mixed", label: "Mixed", value: 3 },
  { key: "mostly-false", label: "Mostly false", value: 2 },
  { key: "false", label: "False", value: 1 },
  { key: "misleading", label: "Misleading", value: null },
  { key: "unproven", label: "Unproven", value: null },
];

export const ratingSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case words joined by hyphens"),
  label: z.string().trim().min(1).max(80),
  value: z.number().int().min(1).max(5).nullable().default(null),
});

export const ratingScaleSchema = z
  .array(ratingSchema)
  .min(2, "a scale needs at least two ratings")
  .max(20)
  .refine((scale) => new Set(scale.map((r) => r.key)).size === scale.length, {
    message: "rating keys must be unique",
  });

export function findRating(scale: Rating[], key: string): Rating | undefined {
  return scale.find((r) => r.key === key);
}
