import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

// The benchmark's cases (bench/cases/*.case.ts) run through vitest only for its TypeScript and
// the project's import aliases: each case is one long test that measures and writes its row.
// They run one file at a time, in the order of bench/run.mjs (BENCH_ORDER), never in parallel:
// two cases at once on two cores would measure each other.
const root = path.resolve(import.meta.dirname, "..");
const order = (process.env.BENCH_ORDER ?? "").split(",").filter(Boolean);

class CaseOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = order.indexOf(path.basename(file.moduleId, ".case.ts"));
      return i === -1 ? order.length : i;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "node_modules/server-only/empty.js") },
    ],
  },
  test: {
    include: ["bench/cases/**/*.case.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    hookTimeout: 10 * 60_000,
    sequence: { sequencer: CaseOrder },
  },
});
