import { test } from "vitest";
import { isQuick, percentile, record, round } from "../support/results";
import { adminApi, apiArticles, baseUrl, claimSelectors } from "../support/server";

// Reading a document's claims through the API, one request after another (no queueing behind
// other requests): a 20,000-word article with 500 claims, the whole body read each time (no
// If-None-Match). The figure is the list read again unchanged, as a client polling it does: the
// server keeps the serialised list until anything is written (services/support/
// serialized-read-cache.ts). The details give the same read right after a write (a claim marked
// in the other article), when the list is made anew: what the keeping saves.
test("API read: GET …/claims of a document with 500 claims", async () => {
  const api = await adminApi();
  const { read, write, writeText } = await apiArticles();
  const url = `${baseUrl()}/api/v1/documents/${read.documentId}/claims`;
  const headers = { authorization: `Bearer ${api.token}` };
  const get = async () => {
    const t = performance.now();
    const res = await fetch(url, { headers });
    const body = (await res.json()) as unknown[];
    if (res.status !== 200 || body.length !== 500) throw new Error(`GET claims: ${res.status}, ${body.length} claims`);
    return performance.now() - t;
  };
  for (let i = 0; i < 20; i++) await get();
  const times: number[] = [];
  for (let i = 0; i < (isQuick ? 100 : 400); i++) times.push(await get());
  const p95 = percentile(times, 95);
  const marks = claimSelectors(writeText, isQuick ? 60 : 200, 11);
  const afterWrite: number[] = [];
  for (const body of marks) {
    await api.post(`/api/v1/documents/${write.documentId}/claims`, body);
    afterWrite.push(await get());
  }
  record({
    case: "API read",
    figure: round(p95),
    unit: "ms p95",
    baseline: null,
    ratio: null,
    goal: "p95 < 20 ms",
    met: p95 < 20,
    details: {
      requests: times.length,
      p50Ms: round(percentile(times, 50)),
      p99Ms: round(percentile(times, 99)),
      afterWriteRequests: afterWrite.length,
      afterWriteP50Ms: round(percentile(afterWrite, 50)),
      afterWriteP95Ms: round(percentile(afterWrite, 95)),
    },
  });
});
