#!/usr/bin/env node
// `npm run backup -- FILE`: an online backup of the database (DATABASE_PATH, else
// ./data/claimdesk.db) to FILE, safe while the server runs and writes. SQLite's backup API
// copies the pages in one step, inside one read transaction: in WAL mode writers go on
// meanwhile, and the copy is the database as it was when the step began. The copy is then
// checked (integrity and foreign keys) before it takes FILE's name, so a FILE that exists is
// always a whole, checked backup.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Plain JS cannot import lib/config.ts (Node 20): its DEFAULT_DATABASE_PATH is copied here, as in start.mjs.
const source = path.resolve(root, process.env.DATABASE_PATH?.trim() || "./data/claimdesk.db");
const target = process.argv[2];

if (!target || target.startsWith("-")) {
  console.error("Usage: npm run backup -- FILE   (backs up DATABASE_PATH, else ./data/claimdesk.db, to FILE)");
  process.exit(2);
}
const destination = path.resolve(process.cwd(), target);
if (!fs.existsSync(source)) {
  console.error(`There is no database at ${source} to back up.`);
  process.exit(1);
}
if (destination === source) {
  console.error("The backup must go to another file than the database itself.");
  process.exit(2);
}

const started = Date.now();
const partial = `${destination}.partial-${process.pid}`;
fs.rmSync(partial, { force: true });
const db = new Database(source, { readonly: true, fileMustExist: true });
db.pragma("busy_timeout = 10000");
try {
  // The first step only opens the backup; returning the largest count makes the next one copy
  // every page at once, so writers cannot make it start over.
  await db.backup(partial, { progress: () => 0x7fffffff });
} finally {
  db.close();
}

const copy = new Database(partial);
let problems = [];
try {
  copy.pragma("journal_mode = DELETE");
  const integrity = copy.pragma("integrity_check", { simple: true });
  if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
  const keys = copy.pragma("foreign_key_check");
  if (keys.length > 0) problems.push(`foreign_key_check: ${keys.length} rows`);
} finally {
  copy.close();
}
if (problems.length > 0) {
  fs.rmSync(partial, { force: true });
  console.error(`The backup did not pass its checks, and was not kept:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
fs.renameSync(partial, destination);
const size = fs.statSync(destination).size;
console.log(
  `Backed up ${source}\n      to ${destination} (${(size / 1024 / 1024).toFixed(1)} MiB, integrity and foreign keys checked) in ${Date.now() - started} ms.`,
);
