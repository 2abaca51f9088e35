import { defineConfig } from "drizzle-kit";
import { DEFAULT_DATABASE_PATH } from "./lib/config";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  dbCredentials: { url: DEFAULT_DATABASE_PATH },
  strict: true,
});
