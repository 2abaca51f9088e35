import "server-only";
import type { Executor } from "./transaction";

const bySession = new WeakMap<object, Map<string, unknown>>();

/**
 * A query Drizzle builds once per connection and keeps (`.prepare()` over `sql.placeholder`s),
 * for the few queries on the hottest paths. Drizzle builds a query's SQL from its builder on
 * every call; for small queries run thousands of times a second (a claim and its audit event,
 * the access checks before them) that cost as much as running them (docs/PERFORMANCE.md).
 *
 * `name` names the query; `build` makes it on `q`. A prepared query belongs to its connection,
 * so it is kept per Drizzle session, which a database and its transactions share: a test that
 * opens another database gets queries of its own.
 */
export function prepared<T>(q: Executor, name: string, build: (q: Executor) => T): T {
  // The session is Drizzle's internal field; should it ever be missing, the query is built each time.
  const session = (q as unknown as { session?: object }).session;
  if (!session) return build(q);
  let queries = bySession.get(session);
  if (!queries) {
    queries = new Map();
    bySession.set(session, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (query === undefined) {
    query = build(q);
    queries.set(name, query);
  }
  return query;
}
