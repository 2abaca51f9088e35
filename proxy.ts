import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config";
import {
  commonSecurityHeaders,
  createNonce,
  isHttpsDeployment,
  NONCE_HEADER,
  pageContentSecurityPolicy,
} from "@/lib/http/security-headers";

/**
 * The security headers of every page (Next's documented nonce pattern): a fresh nonce per
 * request, given to Next in the request's Content-Security-Policy header so that it marks its
 * own scripts with it, and the same policy on the response. Pages read the database, so they
 * are rendered per request anyway. API answers set theirs in app/api/_http/route.ts.
 */
export function proxy(request: NextRequest): NextResponse {
  const config = getConfig();
  const isHttps = isHttpsDeployment(config.publicBaseUrl);
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy({ nonce, isHttps, isDevelopment: config.isDevelopment });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(commonSecurityHeaders({ isHttps }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Not the API (its routes set their own headers, and a proxy that ran for them would
      // read a request's whole body before the route could refuse it), nor static files.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      // Nor requests with a body (server actions, form posts): Next copies the body of any
      // request the proxy runs for, whole, before the action's own size limit can refuse it.
      // Nor prefetches, which are not rendered as pages.
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "content-type" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
