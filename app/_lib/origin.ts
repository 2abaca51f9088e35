import "server-only";
import { headers } from "next/headers";
import { getConfig } from "@/lib/config";
import { isHttpsRequest, requestedOrigin } from "@/lib/http/forwarded";

/** The origin this page was requested at (X-Forwarded-* only from a trusted proxy), for absolute links. */
export async function pageOrigin(): Promise<string> {
  const h = await headers();
  const config = getConfig();
  return requestedOrigin(h, {
    isProxyTrusted: config.isProxyTrusted,
    fallbackProtocol: isHttpsRequest(h, config) ? "https" : "http",
    fallbackHost: "localhost",
  });
}
