import { Session } from "node:inspector/promises";

export interface ProfileLine {
  /** function (file:line) */
  where: string;
  selfMs: number;
  share: number;
}

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/**
 * Runs `fn` under V8's sampling profiler (the same one as `node --cpu-prof`) and returns the
 * functions it spent the most time in themselves, by file and line: what docs/PERFORMANCE.md
 * quotes for a goal still missed.
 */
export async function topSelfTime(fn: () => unknown, top = 12): Promise<ProfileLine[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    const t = performance.now();
    await fn();
    const elapsed = performance.now() - t;
    const { profile } = (await session.post("Profiler.stop")) as unknown as {
      profile: { nodes: CpuNode[]; samples: number[] };
    };
    const hits = new Map<number, number>();
    for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
    const total = profile.samples.length || 1;
    const byPlace = new Map<string, number>();
    for (const node of profile.nodes) {
      const n = hits.get(node.id) ?? 0;
      if (n === 0) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const file = url.replace(/^file:\/\//, "").replace(`${process.cwd()}/`, "");
      const where = url ? `${functionName || "(anonymous)"} (${file}:${lineNumber + 1})` : functionName;
      byPlace.set(where, (byPlace.get(where) ?? 0) + n);
    }
    return [...byPlace.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, n]) => ({
        where,
        selfMs: Math.round((n / total) * elapsed),
        share: Math.round((n / total) * 1000) / 10,
      }));
  } finally {
    session.disconnect();
  }
}

export function formatProfile(lines: ProfileLine[]): string {
  return lines.map((l) => `${String(l.share).padStart(5)}%  ${String(l.selfMs).padStart(6)} ms  ${l.where}`).join("\n");
}
