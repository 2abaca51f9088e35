import { getConfig } from "@/lib/config";
import { requestedOrigin } from "@/lib/http/forwarded";

/** The server's own origin as the client reached it (X-Forwarded-* only from a trusted proxy). */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  return requestedOrigin(request.headers, {
    isProxyTrusted: getConfig().isProxyTrusted,
    fallbackProtocol: url.protocol,
    fallbackHost: url.host,
  });
}
