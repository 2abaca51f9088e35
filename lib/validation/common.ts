import { z } from "zod";

/** Optional free text: trimmed; blank becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((v) => (v.trim() === "" ? null : v.trim()))
    .nullish()
    .transform((v) => v ?? null);

export const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(
    (v) => {
      try {
        const url = new URL(v);
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    },
    { message: "must be an http or https URL" },
  );

export const optionalHttpUrl = z
  .union([httpUrl, z.literal("")])
  .nullish()
  .transform((v) => (v ? v : null));

/** A calendar date (YYYY-MM-DD) or a full ISO date-time. */
export const isoDate = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: "must be a date like 2025-01-14",
  });

export const optionalIsoDate = z
  .union([isoDate, z.literal("")])
  .nullish()
  .transform((v) => (v ? v : null));

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "must be an email address" }));

export const password = z.string().min(10, "must be at least 10 characters").max(256, "must be at most 256 characters");

export const personName = z.string().trim().min(1, "is required").max(120);
