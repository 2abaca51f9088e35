/**
 * The one error type of the product. Services throw it; the doors (route handlers, actions,
 * pages) turn it into an HTTP status and a message a person can read.
 */
export const errorCodes = {
  "bad-request": 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "stale-version": 412,
  "too-large": 413,
  "unsupported-media-type": 415,
  invalid: 422,
  "precondition-required": 428,
  throttled: 429,
  internal: 500,
  /** Something the server needs is missing or down (a PDF without Chromium). */
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = "AppError";
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;
  /** Seconds, for `throttled`. */
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, message: string, options?: { fields?: FieldErrors; retryAfter?: number }) {
    super(message);
    this.code = code;
    this.fields = options?.fields;
    this.retryAfter = options?.retryAfter;
  }

  get status(): number {
    return errorCodes[this.code];
  }
}

export const notFound = (what = "That resource") => new AppError("not-found", `${what} was not found.`);
export const forbidden = (message = "You are not allowed to do that.") => new AppError("forbidden", message);
export const unauthenticated = () => new AppError("unauthenticated", "Sign in first.");
export const staleVersion = (what = "The resource") =>
  new AppError(
    "stale-version",
    `${what} was changed by someone else since you loaded it. Reload it and apply your change again.`,
  );

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } };

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
    },
  };
}
