import "server-only";
import { getDb, writeTransaction, type Db, type Tx } from "../client";

/** Either the database or an open transaction: every query takes one. */
export type Executor = Db | Tx;

/** Runs `fn` in an IMMEDIATE write transaction; everything it writes commits together. */
export function inTransaction<T>(fn: (tx: Tx) => T): T {
  return writeTransaction(fn);
}

/** The database for reads outside a transaction. */
export function reader(): Db {
  return getDb();
}

export type { Tx };
