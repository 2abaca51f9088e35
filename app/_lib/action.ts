import "server-only";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/errors";
import type { SessionActor } from "@/services/support/actor";
import { fieldErrors } from "../api/_http/body";
import { getSessionActor } from "./session";

/**
 * The signed-in person an action runs for; refused while they must choose a new password (an
 * admin reset theirs), except by the action that chooses it.
 */
async function actionActor(message: string, allowPendingPasswordChange = false): Promise<SessionActor> {
  const actor = await getSessionActor({ allowPendingPasswordChange: true });
  if (!actor) throw new AppError("unauthenticated", message);
  if (actor.mustChangePassword && !allowPendingPasswordChange) {
    throw new AppError(
      "forbidden",
      "Choose a new password first (your account page): nothing else can be done until then.",
    );
  }
  return actor;
}

function formToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** The submitted values to refill the form with after a refusal; passwords are never echoed. */
function echo(raw: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !/password/i.test(key)));
}

function withValues<T>(result: ActionResult<T>, raw: Record<string, string>): ActionResult<T> {
  return result.ok ? result : { ...result, values: echo(raw) };
}

export function toActionError(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return {
      ok: false,
      error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
    };
  }
  console.error("[action] failed:", error);
  return {
    ok: false,
    error: { code: "internal", message: "Something went wrong on the server. The error was logged." },
  };
}

/**
 * Validates the form against `schema` and runs `fn` for the signed-in person. Every server
 * action is a public endpoint: the service behind `fn` makes the authorization decision.
 */
export async function runAction<S extends z.ZodType, T>(
  form: FormData,
  schema: S,
  fn: (actor: SessionActor, input: z.output<S>) => Promise<T> | T,
  options?: { transform?: (raw: Record<string, unknown>) => unknown; allowPendingPasswordChange?: boolean },
): Promise<ActionResult<T>> {
  const raw = formToObject(form);
  try {
    const actor = await actionActor("Your session has ended. Sign in again.", options?.allowPendingPasswordChange);
    const parsed = schema.safeParse(options?.transform ? options.transform(raw) : raw);
    if (!parsed.success) {
      return withValues(
        {
          ok: false,
          error: { code: "invalid", message: "Some fields need attention.", fields: fieldErrors(parsed.error) },
        },
        raw,
      );
    }
    return { ok: true, data: await fn(actor, parsed.data) };
  } catch (error) {
    return withValues(toActionError(error), raw);
  }
}

/**
 * The check an action makes before it reads what was uploaded (a file to decode and parse): the
 * signed-in person may take the action at all (`check`, which throws the refusal). Null when
 * they may; otherwise the refusal to answer. The service checks again, fully.
 */
export async function refusalBeforeReading(check: (actor: SessionActor) => void): Promise<ActionResult<never> | null> {
  try {
    const actor = await actionActor("Your session has ended. Sign in again; nothing was saved.");
    check(actor);
    return null;
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
  const raw = formToObject(form);
  try {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return withValues(
        {
          ok: false,
          error: { code: "invalid", message: "Some fields need attention.", fields: fieldErrors(parsed.error) },
        },
        raw,
      );
    }
    return { ok: true, data: await fn(parsed.data) };
  } catch (error) {
    return withValues(toActionError(error), raw);
  }
}

/** For actions called from client code with a value rather than a form. */
export async function runValueAction<S extends z.ZodType, T>(
  value: unknown,
  schema: S,
  fn: (actor: SessionActor, input: z.output<S>) => Promise<T> | T,
): Promise<ActionResult<T>> {
  try {
    const actor = await actionActor("Your session has ended. Sign in again; nothing was saved.");
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: "invalid", message: "Some fields need attention.", fields: fieldErrors(parsed.error) },
      };
    }
    return { ok: true, data: await fn(actor, parsed.data) };
  } catch (error) {
    return toActionError(error);
  }
}
