import { AppError } from "@/lib/errors";
import { errorResponse } from "./responses";
import { withSecurityHeaders } from "./security";

type Context<P> = { params: Promise<P> };

/**
 * Wraps a route handler: an AppError becomes its documented JSON error; anything else is
 * logged and answered with a plain 500 that reveals nothing. Every answer gets the security
 * headers.
 */
export function route<P = Record<string, never>>(
  handler: (request: Request, params: P) => Promise<Response> | Response,
): (request: Request, context: Context<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      const params = await context.params;
      return withSecurityHeaders(await handler(request, params));
    } catch (error) {
      if (error instanceof AppError) return withSecurityHeaders(errorResponse(error));
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return withSecurityHeaders(
        errorResponse(new AppError("internal", "Something went wrong on the server. The error was logged.")),
      );
    }
  };
}
