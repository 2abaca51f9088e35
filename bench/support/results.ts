import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";

/**
 * One row of the benchmark's table. `figure` is what was measured (in `unit`); `baseline` the
 * figure it is compared with in the same run, when the goal is a ratio; `met` is "pending" when
 * the feature measured has not landed (then `note` names the issue it waits for).
 */
export interface CaseResult {
  case: string;
  figure: number | null;
  unit: string;
  /** How the table shows the figure when it needs more than one number (an export's three). */
  figureText?: string;
  baseline: number | null;
  /** When the baseline is counted in another unit than the figure (requests/s against claims/s). */
  baselineUnit?: string;
  ratio: number | null;
  goal: string;
  met: boolean | "pending";
  /** Other figures of the same case, e.g. the first byte of an export. */
  details?: Record<string, number | string>;
  note?: string;
}

/** `npm run bench -- --quick`: fewer repetitions and, where the case allows, smaller data. */
export const isQuick = process.env.BENCH_QUICK === "1";

let recorded = 0;

/**
 * Writes a result for bench/run.mjs to collect (one file per row, in the run's folder), marked
 * with the case file it came from and its place among that file's rows.
 */
export function record(result: CaseResult): void {
  const dir = process.env.BENCH_OUT;
  const against = result.baseline === null ? "" : ` vs ${result.baseline} (ratio ${result.ratio})`;
  const shown = `${result.case}: ${result.figure ?? "—"} ${result.unit}${against}, goal ${result.goal} → ${result.met}`;
  console.log(`[bench] ${shown}`);
  if (!dir) return;
  const slug = result.case.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
  const source = path.basename(expect.getState().testPath ?? "unknown", ".case.ts");
  const row = { ...result, source, order: recorded++ };
  fs.writeFileSync(path.join(dir, `${slug}.result.json`), JSON.stringify(row, null, 2));
}

/** The `p`th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Milliseconds `fn` takes, by the high-resolution clock. */
export async function timed(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
