import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ["0", "1", "true", "false", "yes", "no", "on", "off", ""].includes(v), {
    message: "must be 1 or 0 (true/false, yes/no, on/off)",
  })
  .transform((v) => !["0", "false", "no", "off"].includes(v));

const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().trim().min(1).optional(),
  DATABASE_PATH: z.string().trim().min(1).default("./data/claimdesk.db"),
  CLAIMDESK_DEMO: booleanFlag.default(true),
  CHROMIUM_PATH: z.string().trim().min(1).optional(),
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
    .optional(),
});

export type Config = {
  port: number;
  host: string | undefined;
  /** Absolute path of the SQLite file. */
  databasePath: string;
  isDemoEnabled: boolean;
  chromiumPath: string | undefined;
  publicBaseUrl: string | undefined;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in configSchema.shape && value !== undefined && value !== ""),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databasePath: path.resolve(/* turbopackIgnore: true */ process.cwd(), c.DATABASE_PATH),
    isDemoEnabled: c.CLAIMDESK_DEMO,
    chromiumPath: c.CHROMIUM_PATH,
    publicBaseUrl: c.PUBLIC_BASE_URL,
  };
}

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
