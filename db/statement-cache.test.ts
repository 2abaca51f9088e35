import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { withStatementCache } from "./statement-cache";

let sqlite: Database.Database;

beforeEach(() => {
  sqlite = new Database(":memory:");
  sqlite.exec("create table t (id integer primary key, name text)");
  sqlite.exec("insert into t (name) values ('a'), ('b'), ('c')");
});

afterEach(() => {
  sqlite.close();
});

describe("withStatementCache", () => {
  it("compiles a query's SQL once, however often it runs", () => {
    const prepare = vi.spyOn(sqlite, "prepare");
    const cached = withStatementCache(sqlite);
    for (let i = 0; i < 5; i++) expect(cached.prepare("select name from t where id = ?").get(2)).toEqual({ name: "b" });
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it("hands out a fresh statement while the cached one is still being iterated", () => {
    const cached = withStatementCache(sqlite);
    const sql = "select name from t order by id";
    const outer = cached.prepare(sql).iterate();
    expect(outer.next().value).toEqual({ name: "a" });
    expect(cached.prepare(sql).all()).toHaveLength(3);
    expect([...outer]).toEqual([{ name: "b" }, { name: "c" }]);
  });

  it("gives a statement back in object mode after a caller switched it to arrays", () => {
    const cached = withStatementCache(sqlite);
    expect(cached.prepare("select name from t where id = 1").raw().get()).toEqual(["a"]);
    expect(cached.prepare("select name from t where id = 1").get()).toEqual({ name: "a" });
  });

  it("keeps at most `size` statements, the least recently used leaving first", () => {
    const prepare = vi.spyOn(sqlite, "prepare");
    const cached = withStatementCache(sqlite, 2);
    cached.prepare("select 1");
    cached.prepare("select 2");
    cached.prepare("select 1");
    cached.prepare("select 3");
    cached.prepare("select 1");
    expect(prepare).toHaveBeenCalledTimes(3);
    cached.prepare("select 2");
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it("leaves every other method of the connection as it was", () => {
    const cached = withStatementCache(sqlite);
    const insert = cached.transaction((name: string) => cached.prepare("insert into t (name) values (?)").run(name));
    insert("d");
    expect(cached.pragma("journal_mode", { simple: true })).toBe("memory");
    expect(sqlite.prepare("select count(*) as n from t").get()).toEqual({ n: 4 });
  });
});
