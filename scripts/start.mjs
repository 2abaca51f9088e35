#!/usr/bin/env node
// `npm start`: builds the app when there is no build or the sources changed since the last
// one, then serves it. PORT, HOST and DATABASE_PATH are read from the environment.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const buildId = path.join(root, ".next", "BUILD_ID");
const sourceDirs = ["app", "components", "lib", "services", "db", "public"];
const sourceFiles = [
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "instrumentation.ts",
  "proxy.ts",
];

function newestSourceTime() {
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  for (const d of sourceDirs) visit(path.join(root, d));
  for (const f of sourceFiles) visit(path.join(root, f));
  return newest;
}

function needsBuild() {
  if (!fs.existsSync(buildId)) return "there is no build yet";
  if (newestSourceTime() > fs.statSync(buildId).mtimeMs) return "the sources changed since the last build";
  return null;
}

const port = process.env.PORT && process.env.PORT.trim() !== "" ? process.env.PORT : "3000";
const host = process.env.HOST && process.env.HOST.trim() !== "" ? process.env.HOST : undefined;
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`ClaimDesk cannot start: PORT must be a number from 1 to 65535 (got "${port}").`);
  process.exit(1);
}

const reason = needsBuild();
if (reason) {
  console.log(`Building ClaimDesk (${reason})…`);
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(build.status ?? 1);
  }
}

const shownHost = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host;
// Plain JS cannot import lib/config.ts (Node 20): its DEFAULT_DATABASE_PATH and PORT default are copied here.
const databasePath = path.resolve(root, process.env.DATABASE_PATH?.trim() || "./data/claimdesk.db");
console.log(`
ClaimDesk is starting at http://${shownHost}:${port}
  Database: ${databasePath}
  First run? Open http://${shownHost}:${port}/setup to create the first (admin) account;
  the demo project is created with it${process.env.CLAIMDESK_DEMO === "0" ? " (turned off by CLAIMDESK_DEMO=0)" : ""}.
`);

const args = [nextBin, "start", "-p", port];
if (host) args.push("-H", host);
const server = spawn(process.execPath, args, {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
