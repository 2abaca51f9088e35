import path from "node:path";
import { Worker } from "node:worker_threads";
import type Database from "better-sqlite3";

/** How often the worker checkpoints, in milliseconds. */
export const CHECKPOINT_INTERVAL_MS = 250;

/**
 * WAL pages past which a commit checkpoints by itself after all (SQLite's default is 1,000;
 * 20,000 pages are about 80 MB). The log starts again from its beginning only at a write that
 * finds it wholly checkpointed: after a pause the worker's checkpoints bring that about, but
 * under a steady stream of writes only the writer's own checkpoint does, and this bounds the
 * log then, at the cost of one checkpoint in a commit every 20,000 pages instead of every
 * 1,000.
 */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 20_000;

// The worker's code is evaluated from this string: the server's modules are bundled, and a
// worker file would have to be shipped beside them. It loads better-sqlite3 from the project
// (a server-external package) whatever the module type of the process.
const WORKER_SOURCE = `
const { parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
const load = process.getBuiltinModule("node:module").createRequire(workerData.resolveFrom);
const Database = load("better-sqlite3");
const db = new Database(workerData.file, { fileMustExist: true });
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    parentPort.postMessage(String(error));
  }
}, workerData.intervalMs);
parentPort.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints the write-ahead log from a worker thread, on a connection of its own, instead of
 * in the commit that happens to fill it.
 *
 * Every claim writes some 25 pages to the WAL (the claim and its event with their indexes, and
 * the full-text index), so with SQLite's default a commit checkpointed every 40 claims: copying
 * a thousand pages into the database and syncing the disk twice, for 20 to 200 ms on this
 * machine, with the event loop waiting (better-sqlite3 is synchronous) and every other request
 * behind it. A PASSIVE checkpoint waits for no reader or writer, so the worker's never holds up
 * the server; durability is as before (`synchronous = NORMAL`: the WAL is synced before each
 * checkpoint, the database after). Should the worker fail, commits checkpoint again by
 * themselves. Returns a function that stops the worker.
 */
export function checkpointInBackground(sqlite: Database.Database, file: string): () => void {
  sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      file,
      intervalMs: CHECKPOINT_INTERVAL_MS,
      resolveFrom: path.join(/* turbopackIgnore: true */ process.cwd(), "package.json"),
    },
  });
  // It must never keep the process alive.
  worker.unref();
  worker.on("message", (message) => console.error("[db] a background checkpoint failed:", message));
  worker.on("error", (error) => {
    console.error("[db] the checkpoint worker stopped; commits checkpoint by themselves again:", error);
    if (sqlite.open) sqlite.pragma("wal_autocheckpoint = 1000");
  });
  return () => worker.postMessage("stop");
}
