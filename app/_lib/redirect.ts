import "server-only";
import { redirect } from "next/navigation";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

/**
 * Every redirect of the app goes through here: to a path on this site (lib/http/safe-redirect),
 * else to `fallback`. Never returns.
 */
export function redirectTo(path: string, fallback = "/projects"): never {
  redirect(safeRedirectPath(path, fallback));
}

/** To the sign-in page, to come back to `returnTo` (when it is a path on this site) after. */
export function redirectToSignIn(returnTo?: string): never {
  const next = returnTo === undefined ? null : safeRedirectPath(returnTo, "");
  redirect(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
}
