import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Services and queries run on the server only; under vitest they are plain Node modules.
      { find: /^server-only$/, replacement: path.join(root, "node_modules/server-only/empty.js") },
    ],
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "app/**/*.test.ts",
      "services/**/*.test.ts",
      "db/**/*.test.ts",
      "components/**/*.test.ts",
    ],
    environment: "node",
    benchmark: { include: ["bench/**/*.bench.ts"] },
    pool: "forks",
  },
});
