import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getConfig } from "@/lib/config";

const KEY_FILE = "device-cookie.key";
const globalForKey = globalThis as unknown as { claimdeskDeviceKey?: string };

/**
 * The key that signs trusted-device cookies (lib/auth/device-cookie.ts): DEVICE_COOKIE_SECRET,
 * else a random key made once and kept in `device-cookie.key` beside the database (readable by
 * the server's user only), so that devices stay trusted across restarts. Should the file not be
 * writable, the key lives in memory and a restart forgets the devices, which then sign in as
 * untrusted clients until their next success: less convenient, never less safe.
 */
export function deviceCookieSecret(): string {
  const configured = getConfig().deviceCookieSecret;
  if (configured) return configured;
  if (globalForKey.claimdeskDeviceKey) return globalForKey.claimdeskDeviceKey;
  const file = path.join(path.dirname(getConfig().databasePath), KEY_FILE);
  const read = () => {
    try {
      const text = fs.readFileSync(file, "utf8").trim();
      return text.length >= 32 ? text : null;
    } catch {
      return null;
    }
  };
  let key = read();
  if (!key) {
    key = randomBytes(32).toString("base64url");
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // "wx": another process that wrote it first wins, and its key is read back.
      fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      const written = read();
      if (written) key = written;
      else console.warn(`[sign-in] could not keep the device cookie key in ${file}; it lasts until a restart:`, error);
    }
  }
  globalForKey.claimdeskDeviceKey = key;
  return key;
}
