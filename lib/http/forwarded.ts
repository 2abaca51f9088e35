/**
 * What a request says about where it came from, believing forwarded headers only when a proxy
 * is trusted (TRUST_PROXY). Without one, anybody can send `X-Forwarded-For: 127.0.0.1` or
 * `X-Forwarded-Proto: https`, so those are ignored: the address is the socket's, which the
 * server writes into PEER_ADDRESS_HEADER (instrumentation-node.ts), overwriting whatever the
 * client sent under that name.
 */

export const PEER_ADDRESS_HEADER = "x-claimdesk-peer-address";

/** The headers set by proxies, which the server drops from requests when no proxy is trusted. */
export const FORWARDED_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
];

type HeaderReader = { get(name: string): string | null };
export type TrustOptions = { isProxyTrusted: boolean };

function firstValue(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim();
  return first ? first : null;
}

/**
 * The client's address: with a trusted proxy, the last address of X-Forwarded-For (the one the
 * proxy saw: earlier entries are the client's own word); otherwise the socket's. Null when unknown.
 */
export function clientAddress(headers: HeaderReader, options: TrustOptions): string | null {
  if (options.isProxyTrusted) {
    const forwarded = headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const last = forwarded?.[forwarded.length - 1];
    if (last) return last;
  }
  return headers.get(PEER_ADDRESS_HEADER)?.trim() || null;
}

/** Whether `address` is this machine: 127.0.0.0/8 or ::1, also written as IPv4 in IPv6. */
export function isLoopbackAddress(address: string | null): boolean {
  if (!address) return false;
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  if (bare === "::1" || bare === "0:0:0:0:0:0:0:1") return true;
  const v4 = bare.startsWith("::ffff:") ? bare.slice("::ffff:".length) : bare;
  const parts = v4.split(".");
  return parts.length === 4 && parts[0] === "127" && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** Whether the request comes from this machine (a loopback address), as far as can be trusted. */
export function isFromThisMachine(headers: HeaderReader, options: TrustOptions): boolean {
  return isLoopbackAddress(clientAddress(headers, options));
}

/** Whether the browser reached us over https: PUBLIC_BASE_URL says so, or a trusted proxy does. */
export function isHttpsRequest(
  headers: HeaderReader,
  options: TrustOptions & { publicBaseUrl: string | undefined },
): boolean {
  if (options.publicBaseUrl?.toLowerCase().startsWith("https:")) return true;
  return options.isProxyTrusted && firstValue(headers.get("x-forwarded-proto"))?.toLowerCase() === "https";
}

/**
 * The origin the client asked for (`https://claims.example.org`): with a trusted proxy, as it
 * forwarded them; otherwise the Host header and the protocol of the connection (`fallbackProtocol`).
 */
export function requestedOrigin(
  headers: HeaderReader,
  options: TrustOptions & { fallbackProtocol: string; fallbackHost: string },
): string {
  const forwardedHost = options.isProxyTrusted ? firstValue(headers.get("x-forwarded-host")) : null;
  const forwardedProto = options.isProxyTrusted ? firstValue(headers.get("x-forwarded-proto")) : null;
  const host = forwardedHost ?? headers.get("host") ?? options.fallbackHost;
  const protocol = (forwardedProto ?? options.fallbackProtocol).replace(/:$/, "");
  return `${protocol}://${host}`;
}
