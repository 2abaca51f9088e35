/**
 * The security headers of every response (DESIGN.md, Cookies and cross-site requests). Pages
 * get a content security policy with a fresh nonce per request (set by proxy.ts, Next's
 * documented pattern: Next puts the nonce on its own scripts, and `'strict-dynamic'` lets the
 * scripts those load run too, so no other script can). API answers, which are data, get a
 * policy that lets them load and run nothing. Inline styles stay allowed: the editor, the
 * charts and the reports set `style` attributes, and a style cannot run code.
 */

export const NONCE_HEADER = "x-nonce";

/** One year, the value browsers' preload lists ask for; subdomains are left to their owners. */
const HSTS = "max-age=31536000";

/** Whether people reach this server over https, as PUBLIC_BASE_URL says. */
export function isHttpsDeployment(publicBaseUrl: string | undefined): boolean {
  return publicBaseUrl?.toLowerCase().startsWith("https:") === true;
}

/** A nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The policy of a page answered with `nonce`. Development adds `'unsafe-eval'` (React's dev tools need it). */
export function pageContentSecurityPolicy(options: {
  nonce: string;
  isHttps: boolean;
  isDevelopment: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The policy of an API answer: it is data, to load and run nothing, and never to be framed. */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The headers every response carries, whatever it is. */
export function commonSecurityHeaders(options: { isHttps: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    ...(options.isHttps ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
