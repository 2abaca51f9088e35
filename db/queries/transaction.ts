import "server-only";
import { getDb, getHandle, readTransaction as readSnapshot, writeTransaction, type Db, type Tx } from "../client";

/** Either the database or an open transaction: every query takes one. */
export type Executor = Db | Tx;

/** Runs `fn` in an IMMEDIATE write transaction; everything it writes commits together. */
export function inTransaction<T>(fn: (tx: Tx) => T): T {
  return writeTransaction(fn);
}

type Grouped = { fn: (tx: Tx) => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
let group: Grouped[] = [];
/** How many grouped commits ran, and how many writes they held (tests, the benchmark's details). */
const groupStats = { commits: 0, writes: 0 };

export function groupCommitStats(): Readonly<typeof groupStats> {
  return { ...groupStats };
}

/** Commits the writes grouped since the last turn of the event loop, one savepoint each. */
function commitGroup(): void {
  const batch = group;
  group = [];
  groupStats.commits += 1;
  groupStats.writes += batch.length;
  if (batch.length === 1) {
    const [only] = batch as [Grouped];
    try {
      only.resolve(writeTransaction(only.fn));
    } catch (error) {
      only.reject(error);
    }
    return;
  }
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
  try {
    writeTransaction((tx) => {
      for (const { fn } of batch) {
        try {
          // A savepoint: a write that fails is undone alone, the others commit.
          outcomes.push({ ok: true, value: tx.transaction((savepoint) => fn(savepoint as Tx)) });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
    });
  } catch (error) {
    // The commit itself failed: nothing of the batch was written.
    for (const { reject } of batch) reject(error);
    return;
  }
  batch.forEach(({ resolve, reject }, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) resolve(outcome.value);
    else reject(outcome.error);
  });
}

/**
 * Runs `fn` in an IMMEDIATE write transaction shared with the other writes asked for in the same
 * turn of the event loop (group commit), each in a savepoint of its own: a write that throws is
 * undone alone and its promise rejects; the others commit together, once, and only then resolve.
 * Under concurrent requests, many small writes (claims marked through the API) cost one commit
 * between them instead of one each (docs/PERFORMANCE.md). Each still commits before its caller
 * answers: nothing is acknowledged that is not written.
 */
export function inGroupedTransaction<T>(fn: (tx: Tx) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    group.push({ fn, resolve: resolve as (value: unknown) => void, reject });
    if (group.length === 1) setImmediate(commitGroup);
  });
}

/** Runs `fn` with every read in it seeing one snapshot of the database. */
export function readTransaction<T>(fn: (tx: Tx) => T): T {
  return readSnapshot(fn);
}

/** The database for reads outside a transaction. */
export function reader(): Db {
  return getDb();
}

/** Whether the process's database is open: it is closed only as the process stops (or a test ends). */
export function isDatabaseOpen(): boolean {
  return getHandle().sqlite.open;
}

export type { Tx };
