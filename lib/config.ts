import path from "node:path";
import { z } from "zod";

/**
 * The one reader of the environment (DESIGN.md, Configuration): everything else asks
 * `getConfig()`. Every variable is optional; an empty or blank value counts as unset.
 */

/** Where the SQLite file lives when DATABASE_PATH is not set, relative to the working folder. */
export const DEFAULT_DATABASE_PATH = "./data/claimdesk.db";
export const DEFAULT_PORT = 3000;
export const DEFAULT_SESSION_IDLE_DAYS = 7;

const booleanFlag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ["0", "1", "true", "false", "yes", "no", "on", "off"].includes(v), {
    message: "must be 1 or 0 (true/false, yes/no, on/off)",
  })
  .transform((v) => !["0", "false", "no", "off"].includes(v));

const configSchema = z.object({
  PORT: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535, {
      message: "must be a port number from 1 to 65535",
    })
    .transform(Number)
    .optional(),
  HOST: z.string().trim().optional(),
  DATABASE_PATH: z.string().trim().optional(),
  CLAIMDESK_DEMO: booleanFlag.optional(),
  CHROMIUM_PATH: z.string().trim().optional(),
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL, such as https://claims.example.org" })
    .optional(),
  TRUST_PROXY: booleanFlag.optional(),
  SESSION_IDLE_DAYS: z
    .string()
    .trim()
    .refine((v) => /^\d+(\.\d+)?$/.test(v) && Number(v) > 0 && Number(v) <= 365, {
      message: "must be a number of days above 0 and at most 365, such as 7 or 0.5",
    })
    .transform(Number)
    .optional(),
  DEVICE_COOKIE_SECRET: z.string().trim().min(32, "must be at least 32 characters").optional(),
  NODE_ENV: z.string().trim().optional(),
});

export type Config = {
  /** PORT: where `npm start` serves (default 3000). */
  port: number;
  /** HOST: the interface `npm start` listens on; undefined means all of them. */
  host: string | undefined;
  /** DATABASE_PATH, resolved against the working folder: the absolute path of the SQLite file. */
  databasePath: string;
  /** CLAIMDESK_DEMO: seed the demo project when the first account is created (default on). */
  isDemoEnabled: boolean;
  /** CHROMIUM_PATH: the Chromium binary the tests drive; undefined lets lib/chromium look. */
  chromiumPath: string | undefined;
  /** PUBLIC_BASE_URL: the address people reach ClaimDesk at, for exported links; https here means https everywhere (Secure cookie, HSTS). */
  publicBaseUrl: string | undefined;
  /**
   * TRUST_PROXY: a reverse proxy in front of the server sets X-Forwarded-For, -Proto and -Host,
   * so they are believed (default off: then anyone could send them, and they are ignored).
   */
  isProxyTrusted: boolean;
  /** SESSION_IDLE_DAYS: a session unused for this long has ended (default 7), whatever its absolute end. */
  sessionIdleDays: number;
  /**
   * DEVICE_COOKIE_SECRET: the key that signs the trusted-device cookies of sign-in throttling;
   * undefined: a random key kept in a file beside the database (services/support/device-secret.ts).
   */
  deviceCookieSecret: string | undefined;
  /** NODE_ENV is `development` (`next dev`): the content security policy allows what React's dev tools need. */
  isDevelopment: boolean;
};

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates `env`; throws a ConfigError naming every bad variable. */
export function parseConfig(env: Env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => key in configSchema.shape && value !== undefined && value.trim() !== "",
    ),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT ?? DEFAULT_PORT,
    host: c.HOST,
    // Resolved against the working folder, never a bare env path: Turbopack would otherwise
    // trace the whole project (SETUP-NOTES, pitfall 3).
    databasePath: path.resolve(/* turbopackIgnore: true */ process.cwd(), c.DATABASE_PATH ?? DEFAULT_DATABASE_PATH),
    isDemoEnabled: c.CLAIMDESK_DEMO ?? true,
    chromiumPath: c.CHROMIUM_PATH,
    publicBaseUrl: c.PUBLIC_BASE_URL,
    isProxyTrusted: c.TRUST_PROXY ?? false,
    sessionIdleDays: c.SESSION_IDLE_DAYS ?? DEFAULT_SESSION_IDLE_DAYS,
    deviceCookieSecret: c.DEVICE_COOKIE_SECRET,
    isDevelopment: c.NODE_ENV === "development",
  };
}

let cached: Config | undefined;

/** The configuration of this process, read from `process.env` once and then kept. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
