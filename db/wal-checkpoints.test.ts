import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { FALLBACK_AUTOCHECKPOINT_PAGES, checkpointInBackground } from "./wal-checkpoints";

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("checkpointInBackground", () => {
  it("copies what commits wrote to the WAL into the database file, from a worker, while commits do not", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-wal-"));
    const file = path.join(dir, "wal.db");
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec("create table t (x blob)");
    const stop = checkpointInBackground(sqlite, file);
    expect(sqlite.pragma("wal_autocheckpoint", { simple: true })).toBe(FALLBACK_AUTOCHECKPOINT_PAGES);

    // 1,500 pages: more than SQLite's own threshold, far less than the fallback one.
    const insert = sqlite.prepare("insert into t (x) values (?)");
    for (let i = 0; i < 1500; i++) insert.run(Buffer.alloc(4000, i % 256));
    const deadline = Date.now() + 10_000;
    while (fs.statSync(file).size < 1500 * 4000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(fs.statSync(file).size).toBeGreaterThanOrEqual(1500 * 4000);

    stop();
    sqlite.close();
  });
});
