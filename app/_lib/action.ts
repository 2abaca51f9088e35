import "server-only";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/errors";
import type { SessionActor } from "@/services/actor";
import { fieldErrors } from "../api/_http/body";
import { getSessionActor } from "./session";

function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

export function toActionError(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
  }
  console.error("[action] failed:", error);
  return { ok: false, error: { code: "internal", message: "Something went wrong on the server. The error was logged." } };
}

/**
 * Validates the form against `schema` and runs `fn` for the signed-in person. Every server
 * action is a public endpoint: the service behind `fn` makes the authorization decision.
 */
export async function runAction<S extends z.ZodType, T>(
  form: FormData,
  schema: S,
  fn: (actor: SessionActor, input: z.output<S>) => Promise<T> | T,
  options?: { transform?: (raw: Record<string, unknown>) => unknown },
): Promise<ActionResult<T>> {
  try {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
    const raw = formToObject(form);
    const parsed = schema.safeParse(options?.transform ? options.transform(raw) : raw);
    if (!parsed.success) {
      return { ok: false, error: { code: "invalid", message: "Some fields need attention.", fields: fieldErrors(parsed.error) } };
    }
    return { ok: true, data: await fn(actor, parsed.data) };
  } catch (error) {
    return toActionError(error);
  }
}

/** Same as runAction, for the forms used before anyone is signed in (setup, sign-in). */
export async function runPublicAction<S extends z.ZodType, T>(
  form: FormData,
  schema: S,
  fn: (input: z.output<S>) => Promise<T> | T,
): Promise<ActionResult<T>> {
  try {
    const parsed = schema.safeParse(formToObject(form));
    if (!parsed.success) {
      return { ok: false, error: { code: "invalid", message: "Some fields need attention.", fields: fieldErrors(parsed.error) } };
    }
    return { ok: true, data: await fn(parsed.data) };
  } catch (error) {
    return toActionError(error);
  }
}
