import { AppError } from "@/lib/errors";
import { errorResponse } from "../../_http/responses";
import { withSecurityHeaders } from "../../_http/security";

function unknownRoute(): Response {
  return withSecurityHeaders(errorResponse(new AppError("not-found", "There is no such API route.")));
}

export const GET = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
