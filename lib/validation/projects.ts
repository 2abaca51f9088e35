import { z } from "zod";
import { ratingScaleSchema } from "../ratings";
import { projectRoles } from "../auth/policy";

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
