import { ConfigError, getConfig } from "./lib/config";
import { getHandle } from "./db/client";

/**
 * Checks the configuration and opens (creating and migrating) the database when the server
 * starts, so a bad setting or a broken database stops it at once with a clear message.
 */
export function startServer(): void {
  try {
    getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\nClaimDesk cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  try {
    const handle = getHandle();
    console.log(`ClaimDesk database ready: ${handle.path}`);
  } catch (error) {
    console.error("\nClaimDesk cannot open or migrate its database:", error, "\n");
    process.exit(1);
  }
}
