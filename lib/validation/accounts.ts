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

/** How long a new personal API token lasts, in days: a choice of three, 90 by default. */
export const tokenLifetimes = [30, 90, 365] as const;
export const DEFAULT_TOKEN_DAYS = 90;
const tokenLifetime = z
  .union([z.number(), z.string().trim().regex(/^\d+$/, "must be 30, 90 or 365").transform(Number)])
  .pipe(
    z.number().refine((n) => (tokenLifetimes as readonly number[]).includes(n), { message: "must be 30, 90 or 365" }),
  )
  .default(DEFAULT_TOKEN_DAYS);

const tokenLabel = z.string().trim().max(120).optional();

/** `POST /api/v1/tokens` with the account's email and password (no session needed). */
export const createTokenSchema = signInSchema.extend({ label: tokenLabel, expiresInDays: tokenLifetime });
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

/** A token made by someone already signed in (the account page, or `POST /api/v1/tokens` with a session or token). */
export const createOwnTokenSchema = z.object({ label: tokenLabel, expiresInDays: tokenLifetime });
export type CreateOwnTokenInput = z.infer<typeof createOwnTokenSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "is required").max(256),
  newPassword: password,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** What an admin changes of an account: for now, whether it is disabled. */
export const updateUserSchema = z.strictObject({ disabled: z.boolean() });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/** The form that names one row (a token to revoke, an account to act on). */
export const rowIdSchema = z.object({ id: z.string().trim().min(1, "is required").max(64) });
export type RowIdInput = z.infer<typeof rowIdSchema>;

/** The admin's Disable / Enable button: the account and the state asked for. */
export const setDisabledFormSchema = rowIdSchema.extend({
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
