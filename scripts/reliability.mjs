#!/usr/bin/env node
// `npm run test:reliability`: what the server keeps under load, crashes and backups, against a
// production build on loopback (it builds one when there is none or the sources changed). Four
// phases, each printing its figures and failing the run when a promise is broken:
//
//   1. load:   50 simulated reviewers mark claims, rate them, cite sources and comment for a
//              bounded time. Zero 5xx; every write the server acknowledged (2xx) is found
//              afterwards; integrity and foreign key checks clean. Prints requests,
//              throughput and latency percentiles.
//   2. kills:  the server killed with SIGKILL at a random moment under that load, 100 times,
//              and restarted each time: every acknowledged write is there, and no claim,
//              verdict, citation or comment is without its audit event, nor an audit event
//              without its row (each change and its event are one transaction).
//   3. backup: `npm run backup` taken under load restores (`npm run restore`) to a database
//              that passes the checks and holds every write acknowledged before it began.
//   4. fuzz:   app/api/fuzz.test.ts for longer (CLAIMDESK_FUZZ_SECONDS, default 120 here).
//
// Options: --seconds=N (load, default 30), --reviewers=N (50), --kills=N (100),
// --fuzz-seconds=N (120; 0 skips it), --only=load,kills,backup,fuzz.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? "1"];
  }),
);
const LOAD_SECONDS = Number(args.seconds ?? 30);
const REVIEWERS = Number(args.reviewers ?? 50);
const KILLS = Number(args.kills ?? 100);
const FUZZ_SECONDS = Number(args["fuzz-seconds"] ?? 120);
const ONLY = new Set((args.only ?? "load,kills,backup,fuzz").split(","));

const failures = [];
const fail = (message) => {
  failures.push(message);
  console.error(`  FAILED: ${message}`);
};

// ---- The server ------------------------------------------------------------------------------

function ensureBuild() {
  const id = path.join(root, ".next", "BUILD_ID");
  if (fs.existsSync(id) && !process.argv.includes("--build")) return;
  console.log("== build");
  const r = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts `next start` on loopback over `databasePath`; resolves when /api/health answers. */
async function startServer(databasePath, port) {
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: databasePath, CLAIMDESK_DEMO: "0", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) throw new Error(`the server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, base, stderr: () => stderr };
}

function stopServer(server, signal = "SIGTERM") {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once("exit", () => resolve());
    server.child.kill(signal);
  });
}

// ---- The desk -------------------------------------------------------------------------------

const SENTENCES = Array.from(
  { length: 60 },
  (_, i) => `Sentence ${i} of the article says that the treaty binds party ${i % 7} to clause ${i * 3}.`,
);
const TEXT = SENTENCES.join(" ");

async function call(base, method, url, token, body) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, json, text };
}

async function must(promise, what) {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${res.text.slice(0, 300)}`);
  return res.json;
}

/** The admin, a project with 5 documents, and `count` reviewers with tokens. */
async function setUpDesk(base, count) {
  const adminPassword = "the reliability admin's password";
  await must(
    call(base, "POST", "/api/v1/setup", null, { name: "Ada", email: "ada@example.org", password: adminPassword }),
    "setup",
  );
  const { token: adminToken } = await must(
    call(base, "POST", "/api/v1/tokens", null, { email: "ada@example.org", password: adminPassword }),
    "admin token",
  );
  const project = await must(
    call(base, "POST", "/api/v1/projects", adminToken, { name: "Reliability desk", blindReview: false }),
    "project",
  );
  const documents = [];
  for (let i = 0; i < 5; i++) {
    const doc = await must(
      call(base, "POST", `/api/v1/projects/${project.id}/documents`, adminToken, { title: `Article ${i}`, text: TEXT }),
      "document",
    );
    documents.push(doc.id);
  }
  const reviewers = [];
  for (let i = 0; i < count; i++) {
    const email = `reviewer${i}@example.org`;
    const password = `reviewer ${i}'s long password`;
    const user = await must(
      call(base, "POST", "/api/v1/users", adminToken, { name: `Reviewer ${i}`, email, password }),
      "user",
    );
    await must(
      call(base, "POST", `/api/v1/projects/${project.id}/members`, adminToken, { userId: user.id, role: "reviewer" }),
      "member",
    );
    const { token } = await must(call(base, "POST", "/api/v1/tokens", null, { email, password }), "token");
    reviewers.push({ userId: user.id, token });
  }
  return { projectId: project.id, documents, reviewers, adminToken };
}

// ---- Load -----------------------------------------------------------------------------------

/** What the server acknowledged: ids of claims, citations, comments; the last rating per claim and reviewer. */
function newLedger() {
  return { claims: new Map(), citations: new Set(), comments: new Set(), verdicts: new Map() };
}

/**
 * Runs one simulated reviewer until `until()` says stop: marks claims, rates claims (its own and
 * others'), cites sources and comments, recording each acknowledged write in `ledger`.
 */
async function reviewer(base, desk, who, ledger, stats, until) {
  const mine = [];
  let n = 0;
  while (!until()) {
    n++;
    const roll = Math.random();
    const claimIds = [...ledger.claims.keys()];
    const someClaim = () =>
      mine.length > 0 && Math.random() < 0.5
        ? mine[Math.floor(Math.random() * mine.length)]
        : claimIds[Math.floor(Math.random() * claimIds.length)];
    let request;
    if (roll < 0.3 || claimIds.length === 0) {
      const documentId = desk.documents[Math.floor(Math.random() * desk.documents.length)];
      const exact = SENTENCES[Math.floor(Math.random() * SENTENCES.length)];
      request = {
        kind: "claim",
        method: "POST",
        url: `/api/v1/documents/${documentId}/claims`,
        body: { selector: { type: "TextQuoteSelector", exact }, claimText: `Claim ${who.userId.slice(0, 8)}-${n}` },
        documentId,
      };
    } else if (roll < 0.6) {
      const claimId = someClaim();
      const rating = ["true", "mostly-true", "mixed", "mostly-false", "false"][Math.floor(Math.random() * 5)];
      request = {
        kind: "verdict",
        method: "PUT",
        url: `/api/v1/claims/${claimId}/verdict`,
        body: { rating },
        claimId,
        rating,
      };
    } else if (roll < 0.8) {
      const claimId = someClaim();
      request = {
        kind: "citation",
        method: "POST",
        url: `/api/v1/claims/${claimId}/sources`,
        body: { url: `https://example.org/${who.userId}/${n}`, kind: "news-report", stance: "supports" },
        claimId,
      };
    } else {
      const claimId = someClaim();
      request = {
        kind: "comment",
        method: "POST",
        url: `/api/v1/claims/${claimId}/comments`,
        body: { body: `Comment ${n} by ${who.userId}` },
        claimId,
      };
    }
    const started = performance.now();
    let res;
    try {
      res = await call(base, request.method, request.url, who.token, request.body);
    } catch {
      stats.networkErrors++;
      if (until()) break;
      continue;
    }
    stats.latencies.push(performance.now() - started);
    stats.requests++;
    stats.statuses.set(res.status, (stats.statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500)
      stats.serverErrors.push(`${request.method} ${request.url}: ${res.status} ${res.text.slice(0, 200)}`);
    if (res.status >= 300) continue;
    if (request.kind === "claim") {
      ledger.claims.set(res.json.id, request.documentId);
      mine.push(res.json.id);
    } else if (request.kind === "verdict") ledger.verdicts.set(`${request.claimId}~${who.userId}`, request.rating);
    else if (request.kind === "citation") ledger.citations.add(res.json.id);
    else ledger.comments.add(res.json.id);
  }
}

function newStats() {
  return { requests: 0, latencies: [], statuses: new Map(), serverErrors: [], networkErrors: 0 };
}

async function runLoad(base, desk, ledger, stats, until, reviewers = desk.reviewers) {
  await Promise.all(reviewers.map((who) => reviewer(base, desk, who, ledger, stats, until)));
}

function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// ---- Checks on the database file -------------------------------------------------------------

/** Integrity, foreign keys, rows without their audit event and events without their row. */
function checkDatabase(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = [];
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
    const keys = db.pragma("foreign_key_check");
    if (keys.length > 0) problems.push(`foreign_key_check: ${keys.length} rows`);
    const count = (sql) => db.prepare(sql).pluck().get();
    const orphans = {
      "claims without their created event": count(
        "select count(*) from claims c where not exists (select 1 from events e where e.entity_type = 'claim' and e.entity_id = c.id and e.action = 'created')",
      ),
      "verdicts whose version differs from their events": count(
        "select count(*) from verdicts v where v.version <> (select count(*) from events e where e.entity_type = 'verdict' and e.entity_id = v.id)",
      ),
      "citations without their created event": count(
        "select count(*) from claim_sources s where not exists (select 1 from events e where e.entity_type = 'claim-source' and e.entity_id = s.id and e.action = 'created')",
      ),
      "comments without their created event": count(
        "select count(*) from comments c where not exists (select 1 from events e where e.entity_type = 'comment' and e.entity_id = c.id and e.action = 'created')",
      ),
      "claim events without their claim": count(
        "select count(*) from events e where e.entity_type = 'claim' and e.action = 'created' and not exists (select 1 from claims c where c.id = e.entity_id)",
      ),
      "verdict events without their verdict": count(
        "select count(*) from events e where e.entity_type = 'verdict' and not exists (select 1 from verdicts v where v.id = e.entity_id)",
      ),
      "citation events without their citation": count(
        "select count(*) from events e where e.entity_type = 'claim-source' and e.action = 'created' and not exists (select 1 from claim_sources s where s.id = e.entity_id)",
      ),
      "comment events without their comment": count(
        "select count(*) from events e where e.entity_type = 'comment' and e.action = 'created' and not exists (select 1 from comments c where c.id = e.entity_id)",
      ),
    };
    for (const [what, n] of Object.entries(orphans)) if (n > 0) problems.push(`${n} ${what}`);
    return problems;
  } finally {
    db.close();
  }
}

/** The acknowledged writes missing from the database file. */
function missingWrites(file, ledger) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const claims = new Set(db.prepare("select id from claims").pluck().all());
    const citations = new Set(db.prepare("select id from claim_sources").pluck().all());
    const comments = new Set(db.prepare("select id from comments").pluck().all());
    const ratings = new Map(
      db
        .prepare("select claim_id || '~' || user_id as k, rating from verdicts")
        .all()
        .map((r) => [r.k, r.rating]),
    );
    const missing = [];
    for (const id of ledger.claims.keys()) if (!claims.has(id)) missing.push(`claim ${id}`);
    for (const id of ledger.citations) if (!citations.has(id)) missing.push(`citation ${id}`);
    for (const id of ledger.comments) if (!comments.has(id)) missing.push(`comment ${id}`);
    // The last acknowledged rating of each reviewer is the one stored (a later one, in flight
    // when the server died, may have replaced it: that is not a loss, so only absence counts).
    for (const key of ledger.verdicts.keys()) if (!ratings.has(key)) missing.push(`verdict ${key}`);
    return missing;
  } finally {
    db.close();
  }
}

const acknowledged = (ledger) =>
  ledger.claims.size + ledger.citations.size + ledger.comments.size + ledger.verdicts.size;

// ---- Phases ----------------------------------------------------------------------------------

async function phaseLoad(dir) {
  console.log(`\n== load: ${REVIEWERS} reviewers for ${LOAD_SECONDS} s`);
  const file = path.join(dir, "load.db");
  const server = await startServer(file, await freePort());
  const desk = await setUpDesk(server.base, REVIEWERS);
  const ledger = newLedger();
  const stats = newStats();
  const started = Date.now();
  await runLoad(server.base, desk, ledger, stats, () => Date.now() - started > LOAD_SECONDS * 1000);
  const seconds = (Date.now() - started) / 1000;
  await stopServer(server);
  const sorted = [...stats.latencies].sort((a, b) => a - b);
  const byStatus = [...stats.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
  console.log(
    `  ${stats.requests} requests in ${seconds.toFixed(1)} s: ${(stats.requests / seconds).toFixed(0)} requests/s; ` +
      `latency p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${percentile(sorted, 100).toFixed(1)} ms; ` +
      `answers ${byStatus.join(" ")}`,
  );
  if (stats.serverErrors.length > 0) fail(`${stats.serverErrors.length} 5xx answers, first: ${stats.serverErrors[0]}`);
  if (stats.networkErrors > 0) fail(`${stats.networkErrors} requests failed on the network`);
  const missing = missingWrites(file, ledger);
  console.log(
    `  writes acknowledged: ${acknowledged(ledger)}; found afterwards: ${acknowledged(ledger) - missing.length}`,
  );
  if (missing.length > 0) fail(`${missing.length} acknowledged writes missing, first: ${missing[0]}`);
  const problems = checkDatabase(file);
  console.log(`  integrity, foreign keys, audit events: ${problems.length === 0 ? "clean" : problems.join("; ")}`);
  for (const p of problems) fail(p);
}

async function phaseKills(dir) {
  console.log(`\n== kills: SIGKILL under load, ${KILLS} times`);
  const file = path.join(dir, "kills.db");
  const port = await freePort();
  let server = await startServer(file, port);
  const desk = await setUpDesk(server.base, 20);
  await stopServer(server);
  const ledger = newLedger();
  let requests = 0;
  let survived = 0;
  const started = Date.now();
  for (let round = 1; round <= KILLS; round++) {
    server = await startServer(file, port);
    const stats = newStats();
    let isKilled = false;
    const killAfter = 200 + Math.random() * 1300;
    const load = runLoad(server.base, desk, ledger, stats, () => isKilled);
    await new Promise((r) => setTimeout(r, killAfter));
    await stopServer(server, "SIGKILL");
    isKilled = true;
    await load;
    requests += stats.requests;
    if (stats.serverErrors.length > 0) fail(`round ${round}: 5xx: ${stats.serverErrors[0]}`);
    const missing = missingWrites(file, ledger);
    const problems = checkDatabase(file);
    if (missing.length > 0) fail(`round ${round}: ${missing.length} acknowledged writes missing, first: ${missing[0]}`);
    for (const p of problems) fail(`round ${round}: ${p}`);
    if (missing.length === 0 && problems.length === 0) survived++;
    if (round % 10 === 0) {
      console.log(
        `  ${round} kills: ${acknowledged(ledger)} writes acknowledged so far, all present: ${survived === round}`,
      );
    }
  }
  console.log(
    `  kills survived: ${survived} of ${KILLS} (${requests} requests, ${acknowledged(ledger)} writes acknowledged and found, ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}

async function phaseBackup(dir) {
  console.log("\n== backup: online, under load, then restored");
  const file = path.join(dir, "backup-source.db");
  const server = await startServer(file, await freePort());
  const desk = await setUpDesk(server.base, 20);
  const ledger = newLedger();
  const stats = newStats();
  let isDone = false;
  const load = runLoad(server.base, desk, ledger, stats, () => isDone);
  await new Promise((r) => setTimeout(r, 3000));
  // Everything acknowledged before the backup begins must be in it.
  const before = {
    claims: new Map(ledger.claims),
    citations: new Set(ledger.citations),
    comments: new Set(ledger.comments),
    verdicts: new Map(ledger.verdicts),
  };
  const backupFile = path.join(dir, "claimdesk.backup.db");
  const backupStarted = Date.now();
  const backup = spawnSync(process.execPath, [path.join(root, "scripts", "backup.mjs"), backupFile], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: file },
    encoding: "utf8",
  });
  const backupMs = Date.now() - backupStarted;
  await new Promise((r) => setTimeout(r, 1000));
  isDone = true;
  await load;
  await stopServer(server);
  if (backup.status !== 0) {
    fail(`npm run backup failed: ${backup.stderr}`);
    return;
  }
  console.log(`  ${backup.stdout.trim().split("\n").join("\n  ")}`);
  console.log(
    `  backup took ${backupMs} ms while ${REVIEWERS > 20 ? 20 : REVIEWERS} reviewers wrote (${stats.requests} requests in all)`,
  );
  if (stats.serverErrors.length > 0) fail(`5xx under backup: ${stats.serverErrors[0]}`);

  const restored = path.join(dir, "restored", "claimdesk.db");
  const restore = spawnSync(process.execPath, [path.join(root, "scripts", "restore.mjs"), backupFile], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: restored },
    encoding: "utf8",
  });
  if (restore.status !== 0) {
    fail(`npm run restore failed: ${restore.stderr}`);
    return;
  }
  const missing = missingWrites(restored, before);
  const problems = checkDatabase(restored);
  console.log(
    `  restored: writes acknowledged before the backup began: ${acknowledged(before)}; found in it: ${acknowledged(before) - missing.length}; ` +
      `checks: ${problems.length === 0 ? "clean" : problems.join("; ")}`,
  );
  if (missing.length > 0)
    fail(`${missing.length} writes acknowledged before the backup are missing from it, first: ${missing[0]}`);
  for (const p of problems) fail(`restored: ${p}`);
  // The restored database serves.
  const again = await startServer(restored, await freePort());
  const projects = await call(again.base, "GET", "/api/v1/projects", desk.adminToken);
  await stopServer(again);
  if (projects.status !== 200) fail(`the restored database does not serve: ${projects.status}`);
}

function phaseFuzz() {
  console.log(`\n== fuzz: ${FUZZ_SECONDS} s`);
  const r = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "vitest", "vitest.mjs"), "run", "app/api/fuzz.test.ts"],
    { cwd: root, stdio: "inherit", env: { ...process.env, CLAIMDESK_FUZZ_SECONDS: String(FUZZ_SECONDS) } },
  );
  if (r.status !== 0) fail("the long fuzz found problems (above)");
}

// ---- Main ------------------------------------------------------------------------------------

ensureBuild();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-reliability-"));
const started = Date.now();
try {
  if (ONLY.has("load")) await phaseLoad(dir);
  if (ONLY.has("kills") && KILLS > 0) await phaseKills(dir);
  if (ONLY.has("backup")) await phaseBackup(dir);
  if (ONLY.has("fuzz") && FUZZ_SECONDS > 0) phaseFuzz();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\nReliability: ${failures.length === 0 ? "all promises kept" : `${failures.length} failures`} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
process.exit(failures.length === 0 ? 0 : 1);
