import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { useTemporaryDatabase } from "@/db/test-database";
import { groupCommitStats, inGroupedTransaction, reader } from "./transaction";

let cleanUp: () => void;
beforeAll(() => {
  cleanUp = useTemporaryDatabase();
  getDb().run(sql`create table grouped (id integer primary key, name text not null unique)`);
});
afterAll(() => cleanUp());

const names = () =>
  reader()
    .all<{ name: string }>(sql`select name from grouped order by id`)
    .map((r) => r.name);
const insert = (name: string) => () =>
  inGroupedTransaction((tx) => {
    tx.run(sql`insert into grouped (name) values (${name})`);
    return name;
  });

describe("grouped transactions", () => {
  it("commit the writes of one moment once, together, each resolving with its value", async () => {
    const before = groupCommitStats();
    const done = await Promise.all([insert("a")(), insert("b")(), insert("c")()]);
    expect(done).toEqual(["a", "b", "c"]);
    expect(names()).toEqual(["a", "b", "c"]);
    const after = groupCommitStats();
    expect(after.commits - before.commits).toBe(1);
    expect(after.writes - before.writes).toBe(3);
  });

  it("undo a write that fails alone: the others commit and its promise rejects", async () => {
    const results = await Promise.allSettled([insert("d")(), insert("a")(), insert("e")()]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const reason = (results[1] as PromiseRejectedResult).reason as Error & { cause?: unknown };
    expect(String(reason.cause ?? reason)).toMatch(/UNIQUE/);
    expect(names()).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("run a write asked for alone in a transaction of its own", async () => {
    await expect(insert("f")()).resolves.toBe("f");
    await expect(insert("f")()).rejects.toThrow(/insert into grouped/);
    expect(names()).toEqual(["a", "b", "c", "d", "e", "f"]);
  });
});
