import { z } from "zod";
import { instanceRoles } from "../auth/policy";
import { email, password, personName } from "./common";

export const setupSchema = z.object({
  name: personName,
  email,
  password,
  /** The one-time code printed in the server's log: required when setting up from another machine. */
  setupCode: z.string().trim().max(64).optional(),
});
export type SetupInput = z.infer<typeof setupSchema>;

export const createUserSchema = z.object({
  name: personName,
  email,
  password,
  role: z.enum(instanceRoles).default("member"),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "is required").max(256),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const createTokenSchema = signInSchema.extend({
  label: z.string().trim().max(120).optional(),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;
