import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "./transaction";

/** True when the database answers a query. */
export function isDatabaseUsable(q: Executor): boolean {
  return q.get<{ ok: number }>(sql`select 1 as ok`)?.ok === 1;
}
