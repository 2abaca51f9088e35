import { test } from "vitest";
import { isQuick, median, record, round } from "../support/results";
import { adminApi, baseUrl, exportProject } from "../support/server";

// A project's 10,000 claims exported through the API: time to the first byte of the body and
// to the last, while another connection asks GET /api/health one request after another; the
// slowest of those answers is how long the server's event loop was held up by the export.
interface Run {
  firstByte: number;
  whole: number;
  stall: number;
  bytes: number;
}

async function exportOnce(url: string, token: string): Promise<Run> {
  let exporting = true;
  let stall = 0;
  const probe = (async () => {
    while (exporting) {
      const t = performance.now();
      await (await fetch(`${baseUrl()}/api/health`)).arrayBuffer();
      stall = Math.max(stall, performance.now() - t);
    }
  })();
  const t = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200 || !res.body) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const reader = res.body.getReader();
  let firstByte = 0;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (bytes === 0) firstByte = performance.now() - t;
    bytes += value.byteLength;
  }
  const whole = performance.now() - t;
  exporting = false;
  await probe;
  return { firstByte, whole, stall, bytes };
}

// The goals name csv, json and claimreview; the Markdown and HTML reports (what a desk
// publishes) are measured against the same ones.
test("export: 10,000 claims to csv, json and claimreview (and the reports)", async () => {
  const api = await adminApi();
  const { projectId, claims } = await exportProject();
  for (const format of ["csv", "json", "claimreview", "markdown", "html"]) {
    const url = `${baseUrl()}/api/v1/projects/${projectId}/export?format=${format}`;
    await exportOnce(url, api.token);
    const runs: Run[] = [];
    for (let i = 0; i < (isQuick ? 2 : 5); i++) runs.push(await exportOnce(url, api.token));
    const firstByte = median(runs.map((r) => r.firstByte));
    const whole = median(runs.map((r) => r.whole));
    const stall = Math.max(...runs.map((r) => r.stall));
    record({
      case: `export: ${format}`,
      figure: Math.round(whole),
      unit: "ms whole",
      figureText: `${Math.round(whole)} ms whole, ${Math.round(firstByte)} ms first byte, ${Math.round(stall)} ms stall`,
      baseline: null,
      ratio: null,
      goal: "first byte < 200 ms, whole < 2000 ms, stall < 50 ms",
      met: firstByte < 200 && whole < 2000 && stall < 50,
      details: {
        firstByteMs: round(firstByte),
        longestStallMs: round(stall),
        megabytes: round(runs[0]!.bytes / 2 ** 20, 2),
        claims,
        runs: runs.length,
      },
    });
  }
});
