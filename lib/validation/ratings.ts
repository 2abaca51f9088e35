import { z } from "zod";
import type { Rating } from "../ratings";

const optionalDescription = z
  .string()
  .trim()
  .max(300)
  .optional()
  .transform((v) => (v ? v : undefined));

/** One rating of a scale; the optional fields are left out when blank or false, as stored scales have them. */
export const ratingSchema = z
  .object({
    key: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case words joined by hyphens"),
    label: z.string().trim().min(1, "is required").max(80),
    value: z.number().int().min(1).max(5).nullable().default(null),
    description: optionalDescription,
    color: z
      .string()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #15803d")
      .transform((v) => v.toLowerCase())
      .optional(),
    isRetired: z
      .boolean()
      .optional()
      .transform((v) => (v ? true : undefined)),
  })
  .transform((r): Rating => {
    const rating: Rating = { key: r.key, label: r.label, value: r.value };
    if (r.description !== undefined) rating.description = r.description;
    if (r.color !== undefined) rating.color = r.color;
    if (r.isRetired) rating.isRetired = true;
    return rating;
  });

export const ratingScaleSchema = z
  .array(ratingSchema)
  .min(2, "a scale needs at least two ratings")
  .max(20)
  .refine((scale) => new Set(scale.map((r) => r.key)).size === scale.length, {
    message: "rating keys must be unique",
  })
  .refine((scale) => scale.filter((r) => !r.isRetired).length >= 2, {
    message: "keep at least two ratings that are not retired",
  });
