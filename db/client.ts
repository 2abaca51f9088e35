import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { getConfig } from "../lib/config";
import * as schema from "./schema";
import { withStatementCache } from "./statement-cache";
import { checkpointInBackground } from "./wal-checkpoints";

export type Db = BetterSQLite3Database<typeof schema>;
/** The handle passed to the callback of `writeTransaction`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type Handle = { sqlite: Database.Database; db: Db; path: string; stopCheckpoints?: () => void };

const globalForDb = globalThis as unknown as { claimdeskDb?: Handle };

export function migrationsFolder(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), "db/migrations");
}

/**
 * Opens (creating and migrating if needed) the SQLite database at `file`. The connection is
 * tuned for a web server: WAL so readers never wait for the writer, foreign keys enforced, and
 * a busy timeout so a second writer waits rather than failing.
 */
export function openDatabase(file: string): Handle {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Drizzle compiles each query it runs: through this cache a query's SQL is compiled once.
  const db = drizzle(withStatementCache(sqlite), { schema });
  migrate(db, { migrationsFolder: migrationsFolder() });
  return { sqlite, db, path: file };
}

/**
 * The process-wide database, opened on first use and cached across hot reloads. Its WAL is
 * checkpointed by a worker thread, off the requests' path (wal-checkpoints.ts).
 */
export function getHandle(): Handle {
  if (!globalForDb.claimdeskDb) {
    const handle = openDatabase(getConfig().databasePath);
    const stopCheckpoints = handle.path === ":memory:" ? undefined : checkpointInBackground(handle.sqlite, handle.path);
    globalForDb.claimdeskDb = { ...handle, stopCheckpoints };
  }
  return globalForDb.claimdeskDb;
}

export function getDb(): Db {
  return getHandle().db;
}

/**
 * Runs `fn` in a write transaction that takes the write lock at BEGIN (IMMEDIATE), so a
 * read-then-write sequence never fails half-way with SQLITE_BUSY under concurrency.
 */
export function writeTransaction<T>(fn: (tx: Tx) => T): T {
  return getDb().transaction(fn, { behavior: "immediate" });
}

/**
 * Runs `fn` in a read transaction (DEFERRED), so that every read inside sees one snapshot of
 * the database, whatever is written meanwhile.
 */
export function readTransaction<T>(fn: (tx: Tx) => T): T {
  return getDb().transaction(fn, { behavior: "deferred" });
}

/** Replaces the process-wide database (tests open a temporary file). */
export function useDatabaseForTests(handle: Handle): void {
  globalForDb.claimdeskDb?.stopCheckpoints?.();
  if (globalForDb.claimdeskDb?.sqlite.open) globalForDb.claimdeskDb.sqlite.close();
  globalForDb.claimdeskDb = handle;
}
