import type Database from "better-sqlite3";

/** Statements kept per connection: every query the application runs, with room to spare. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Drizzle should see it: `prepare` answers from a cache of compiled statements,
 * keyed by their SQL text, instead of compiling the SQL again.
 *
 * Drizzle prepares every query it runs (sqlite-core's session calls `prepare` each time), and
 * better-sqlite3 compiles SQL on each `prepare`: an INSERT into `claims` is compiled with the
 * full-text triggers it fires, so compiling was most of a claim's cost (see docs/PERFORMANCE.md).
 * A statement is stateless between runs, so one compiled statement serves every run of the same
 * SQL. Two things are not cached: a statement still busy (an iterator over it is open) is not
 * handed out again, and the raw mode Drizzle sets on statements that return arrays is reset,
 * so a statement shared by two queries of the same text behaves as freshly prepared. The least
 * recently used statement is dropped past `size`.
 */
export function withStatementCache(sqlite: Database.Database, size = STATEMENT_CACHE_SIZE): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      if (cached.reader) cached.raw(false);
      return cached;
    }
    const statement = sqlite.prepare(source);
    if (cached) return statement;
    cache.set(source, statement);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
