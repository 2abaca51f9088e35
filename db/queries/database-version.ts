import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "./transaction";

const connectionIds = new WeakMap<object, number>();
let nextConnectionId = 1;

/**
 * A token that changes whenever what the database holds may have changed, for caches of what is
 * read from it: equal tokens, same content. It changes with every row written through this
 * connection (SQLite's `total_changes()`, which counts rows written by triggers and by
 * transactions later rolled back too: the latter cost a cache miss, never a stale answer), with
 * every commit of another connection to the same file (`PRAGMA data_version`: a restore, a
 * second process), and with another database opened (tests open one each).
 */
export function databaseVersion(q: Executor): string {
  const session = (q as unknown as { session?: object }).session ?? q;
  let id = connectionIds.get(session);
  if (id === undefined) {
    id = nextConnectionId++;
    connectionIds.set(session, id);
  }
  const row = q.get<{ changes: number; others: number }>(
    sql`select total_changes() as changes, (select data_version from pragma_data_version) as others`,
  );
  return `${id}.${row.others}.${row.changes}`;
}
