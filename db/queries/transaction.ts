import "server-only";
import { getDb, readTransaction as readSnapshot, writeTransaction, type Db, type Tx } from "../client";

/** Either the database or an open transaction: every query takes one. */
export type Executor = Db | Tx;

/** Runs `fn` in an IMMEDIATE write transaction; everything it writes commits together. */
export function inTransaction<T>(fn: (tx: Tx) => T): T {
  return writeTransaction(fn);
}

/** Runs `fn` with every read in it seeing one snapshot of the database. */
export function readTransaction<T>(fn: (tx: Tx) => T): T {
  return readSnapshot(fn);
}

/** The database for reads outside a transaction. */
export function reader(): Db {
  return getDb();
}

export type { Tx };
