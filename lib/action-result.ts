import type { ErrorCode, FieldErrors } from "./errors";

/** What a server action returns to the form that called it. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: { code: ErrorCode; message: string; fields?: FieldErrors };
      /** What the person typed (never passwords), to put back into the form they submitted. */
      values?: Record<string, string>;
    };

export type FormState<T = undefined> = ActionResult<T> | null;
