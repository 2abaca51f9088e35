import http from "node:http";
import { ConfigError, getConfig } from "./lib/config";
import { FORWARDED_HEADERS, PEER_ADDRESS_HEADER } from "./lib/http/forwarded";
import { getHandle } from "./db/client";
import { announceSetupCode } from "./services/announce-setup-code";

const SCRUBBED = Symbol.for("claimdesk.scrubbed-requests");

/**
 * Route handlers cannot see the socket a request came on, and anyone can send X-Forwarded-For.
 * So, before Next handles a request, the server writes the socket's address into
 * PEER_ADDRESS_HEADER (replacing any value the client sent under that name) and, unless a
 * proxy is trusted (TRUST_PROXY), drops the forwarded headers the client sent, so that Next
 * fills them from the socket and the Host header. lib/http/forwarded.ts reads them.
 */
function scrubIncomingRequests(isProxyTrusted: boolean): void {
  const server = http.Server.prototype as http.Server & { [SCRUBBED]?: boolean };
  if (server[SCRUBBED]) return;
  server[SCRUBBED] = true;
  const emit = server.emit;
  server.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      if (!isProxyTrusted) for (const name of FORWARDED_HEADERS) delete request.headers[name];
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(
      this,
      event,
      ...args,
    );
  } as typeof server.emit;
}

/**
 * Checks the configuration and opens (creating and migrating) the database when the server
 * starts, so a bad setting or a broken database stops it at once with a clear message; on an
 * empty database, prints the first-run setup code.
 */
export function startServer(): void {
  let isProxyTrusted: boolean;
  try {
    isProxyTrusted = getConfig().isProxyTrusted;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\nClaimDesk cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  scrubIncomingRequests(isProxyTrusted);
  try {
    const handle = getHandle();
    console.log(`ClaimDesk database ready: ${handle.path}`);
  } catch (error) {
    console.error("\nClaimDesk cannot open or migrate its database:", error, "\n");
    process.exit(1);
  }
  announceSetupCode();
}
