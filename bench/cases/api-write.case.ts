import autocannon, { type Result } from "autocannon";
import { test } from "vitest";
import { isQuick, median, record, round } from "../support/results";
import { adminApi, apiArticles, baseUrl, claimSelectors } from "../support/server";

// Marking claims through the API on a 20,000-word article (a pool of 200 selectors over it, as
// an annotation client sends them: quote with context, and position), against the server's
// floor: `POST /api/v1/echo`, signed in the same way and sent the same bodies, on the same
// server with the same 10 connections. Then the claims route again at half its own peak rate,
// for its latency when not saturated.
const CONNECTIONS = 10;

async function cannon(path: string, token: string, bodies: string[], seconds: number, rate?: number): Promise<Result> {
  let next = 0;
  const result = await autocannon({
    url: baseUrl(),
    connections: CONNECTIONS,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        method: "POST",
        path,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${path}: ${result.non2xx} answers not 2xx, ${result.errors} errors: ${JSON.stringify(result.statusCodeStats)}`,
    );
  }
  return result;
}

const perSecond = (r: Result) => r["2xx"] / r.duration;

test("API write: POST …/claims on a 20,000-word article vs a trivial signed-in JSON POST", async () => {
  const api = await adminApi();
  const { write, writeText } = await apiArticles();
  const bodies = claimSelectors(writeText, 200, 99).map((b) => JSON.stringify(b));
  const claimsPath = `/api/v1/documents/${write.documentId}/claims`;
  const seconds = isQuick ? 4 : 10;
  const rounds = isQuick ? 2 : 3;

  await cannon("/api/v1/echo", api.token, bodies, 2);
  await cannon(claimsPath, api.token, bodies, 2);
  const claims: number[] = [];
  const echo: number[] = [];
  const claimLatency: number[] = [];
  for (let r = 0; r < rounds; r++) {
    echo.push(perSecond(await cannon("/api/v1/echo", api.token, bodies, seconds)));
    const c = await cannon(claimsPath, api.token, bodies, seconds);
    claims.push(perSecond(c));
    claimLatency.push(c.latency.p99);
  }
  const peak = median(claims);
  const floor = median(echo);
  const ratio = peak / floor;
  record({
    case: "API write",
    figure: Math.round(peak),
    unit: "claims/s",
    baseline: Math.round(floor),
    baselineUnit: "echoes/s",
    ratio: round(ratio, 2),
    goal: "≥ 0.75 of the trivial route",
    met: ratio >= 0.75,
    details: { connections: CONNECTIONS, secondsPerRun: seconds, rounds, p99AtPeakMs: median(claimLatency) },
  });

  const half = Math.max(1, Math.round(peak / 2));
  const atHalf = await cannon(claimsPath, api.token, bodies, seconds * 2, half);
  record({
    case: "API write at half peak",
    figure: atHalf.latency.p99,
    unit: "ms p99",
    baseline: null,
    ratio: null,
    goal: "p99 < 50 ms",
    met: atHalf.latency.p99 < 50,
    details: { rate: half, achieved: Math.round(perSecond(atHalf)), p50Ms: atHalf.latency.p50 },
  });
});
