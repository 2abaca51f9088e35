import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { redirectToSignIn } from "./redirect";

/**
 * Runs a service for a page and turns its refusals into the page-level answers: not found →
 * 404 page, not allowed → 403 page, not signed in → sign-in.
 */
export function load<T>(fn: () => T, returnTo?: string): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "not-found") notFound();
      if (error.code === "forbidden") forbidden();
      if (error.code === "unauthenticated") redirectToSignIn(returnTo);
    }
    throw error;
  }
}
