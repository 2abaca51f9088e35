import { getConfig } from "@/lib/config";
import { API_CONTENT_SECURITY_POLICY, commonSecurityHeaders, isHttpsDeployment } from "@/lib/http/security-headers";

/**
 * Adds the security headers to an API answer (proxy.ts does it for pages): nosniff, no
 * referrer across origins, never framed, HSTS over https, and a policy that lets a JSON answer
 * load and run nothing. A download that brings its own policy (the HTML report) keeps it.
 */
export function withSecurityHeaders(response: Response): Response {
  const headers = {
    ...commonSecurityHeaders({ isHttps: isHttpsDeployment(getConfig().publicBaseUrl) }),
    "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
  };
  for (const [name, value] of Object.entries(headers)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}
