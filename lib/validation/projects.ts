import { z } from "zod";
import { ratingScaleSchema } from "./ratings";
import { projectRoles } from "../auth/policy";
import { httpUrl, optionalHttpUrl } from "./common";

export const createProjectSchema = z.object({
  name: z.string().trim().min(1, "is required").max(200),
  ratingScale: ratingScaleSchema.optional(),
  blindReview: z.boolean().optional(),
});
export type CreateProjectInput = z.infer<typeof createProjectSchema>;

export const addMemberSchema = z.object({
  userId: z.string().trim().min(1, "is required").max(100),
  role: z.enum(projectRoles),
});
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const addMemberByEmailSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(254),
  role: z.enum(projectRoles),
});

const projectName = z.string().trim().min(1, "is required").max(200);

/** The desk that publishes the project's verdicts (ClaimReview's `author`). */
export const organizationSchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(200),
    url: httpUrl
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .strict();

/**
 * `PATCH /api/v1/projects/:id`: the name, the organisation (null clears it), blind review and
 * the rating scale (the whole scale, in its order; ratings are matched by key). Keys it does not
 * know are refused, not ignored.
 */
export const updateProjectSchema = z
  .object({
    name: projectName.optional(),
    organization: organizationSchema.nullable().optional(),
    blindReview: z.boolean().optional(),
    ratingScale: ratingScaleSchema.optional(),
  })
  .strict();
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

/**
 * The project settings page: flat fields, a blank organisation name clearing it, and the blind
 * review switch and the rating scale when the page sends them. Gives the same input as the
 * API's body, with the version the page was loaded at.
 */
export const projectSettingsFormSchema = z
  .object({
    version: z.coerce.number().int().min(1),
    name: projectName,
    organizationName: z.string().trim().max(200),
    organizationUrl: optionalHttpUrl,
    blindReview: z.boolean().optional(),
    ratingScale: ratingScaleSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.organizationName && v.organizationUrl) {
      ctx.addIssue({ code: "custom", path: ["organizationName"], message: "is required with a website" });
    }
  })
  .transform((v) => ({
    version: v.version,
    input: {
      name: v.name,
      organization: v.organizationName ? { name: v.organizationName, url: v.organizationUrl } : null,
      ...(v.blindReview !== undefined ? { blindReview: v.blindReview } : {}),
      ...(v.ratingScale !== undefined ? { ratingScale: v.ratingScale } : {}),
    } satisfies UpdateProjectInput,
  }));
