#!/usr/bin/env node
// `npm run restore -- FILE`: puts a backup made by `npm run backup` back as the database
// (DATABASE_PATH, else ./data/claimdesk.db). Stop the server first. The backup is checked
// (integrity and foreign keys) before anything is replaced; the database it replaces is kept
// beside it as `<name>.before-restore-<time>`, with its WAL and shared-memory files.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = path.resolve(root, process.env.DATABASE_PATH?.trim() || "./data/claimdesk.db");
const backup = process.argv[2];
if (!backup || backup.startsWith("-")) {
  console.error("Usage: npm run restore -- FILE   (with the server stopped)");
  process.exit(2);
}
const from = path.resolve(process.cwd(), backup);
if (!fs.existsSync(from)) {
  console.error(`There is no backup at ${from}.`);
  process.exit(1);
}

const check = new Database(from, { readonly: true, fileMustExist: true });
const integrity = check.pragma("integrity_check", { simple: true });
const keys = check.pragma("foreign_key_check");
check.close();
if (integrity !== "ok" || keys.length > 0) {
  console.error(
    `${from} is not a sound database (integrity_check: ${integrity}; ${keys.length} foreign key problems).`,
  );
  process.exit(1);
}

// A server holding the database open would go on writing to the file being replaced.
if (fs.existsSync(target)) {
  const live = new Database(target, { fileMustExist: true });
  live.pragma("busy_timeout = 0");
  try {
    // In exclusive locking mode the lock is refused while any other connection has the file open.
    live.pragma("locking_mode = EXCLUSIVE");
    live.exec("BEGIN EXCLUSIVE; COMMIT;");
  } catch {
    console.error(`${target} is in use: stop the server first.`);
    process.exit(1);
  } finally {
    live.close();
  }
  const aside = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  for (const suffix of ["", "-wal", "-shm"]) {
    if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, aside + suffix);
  }
  console.log(`The database it replaces is kept as ${aside}.`);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(from, `${target}.restoring`);
fs.renameSync(`${target}.restoring`, target);
console.log(`Restored ${from}\n      as ${target}. Start the server.`);
