import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    include: ["lib/**/*.test.ts", "services/**/*.test.ts", "db/**/*.test.ts"],
    environment: "node",
    server: { deps: { inline: [] } },
  },
});
