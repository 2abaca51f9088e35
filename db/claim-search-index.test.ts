import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { migrationsFolder } from "./client";
import { hasPendingClaimSearch, indexPendingClaims } from "./queries/claim-search";

// The full-text index of migration 0001_claim_search: filled from the data already there when
// the migration runs, then kept in step by triggers whatever writes the rows.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-fts-"));
  dirs.push(dir);
  return dir;
}

/** A copy of the migrations up to (not including) the one tagged `before`. */
function migrationsBefore(before: string): string {
  const dir = tempDir();
  const source = migrationsFolder();
  fs.cpSync(source, dir, { recursive: true });
  const journalPath = path.join(dir, "meta/_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === before);
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

function openRaw(file: string, folder: string): Database.Database {
  const sqlite = new Database(file);
  sqlite.pragma("foreign_keys = ON");
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  return sqlite;
}

const seed = `
  insert into users (id, name, email, password_hash) values ('u1', 'Alice', 'a@x', 'h'), ('u2', 'Bob', 'b@x', 'h');
  insert into projects (id, name, rating_scale) values ('p1', 'Desk', '[]');
  insert into documents (id, project_id, title) values ('d1', 'p1', 'Article');
  insert into claims (id, document_id, revision, exact, claim_text, claimant)
    values ('c1', 'd1', 1, 'the treaty binds neither side', 'No mutual defence', 'The minister'),
           ('c2', 'd1', 1, 'no definitive evidence', 'No evidence of transfers', null);
  insert into verdicts (id, claim_id, user_id, rating, rationale)
    values ('v1', 'c1', 'u1', 'true', 'Article four is silent'), ('v2', 'c1', 'u2', 'mixed', 'Ambiguous annex');
  insert into resolutions (claim_id, user_id, rating, rationale) values ('c2', 'u1', 'unproven', 'Dossier sealed');
  insert into sources (id, project_id, url, title, kind) values ('s1', 'p1', 'https://x.org', 'Kremlin readout', 'official-statement');
  insert into claim_sources (id, claim_id, source_id, stance) values ('l1', 'c1', 's1', 'supports'), ('l2', 'c2', 's1', 'context');
  insert into comments (id, claim_id, user_id, body) values ('m1', 'c2', 'u2', 'Ask the Pentagon');
`;

/** Per word: the index rows matching it, as "claim kind user". */
function matches(sqlite: Database.Database, word: string): string[] {
  const rows = sqlite
    .prepare(
      `select r.claim_id || ' ' || r.kind || ' ' || r.user_id as row from claim_search join claim_search_rows r on r.id = claim_search.rowid
       where claim_search match ? order by 1`,
    )
    .all(`"${word}"`) as { row: string }[];
  return rows.map((r) => r.row.trim());
}

function assertIntact(sqlite: Database.Database) {
  // FTS5 compares its index with the content rows, and fails on any difference.
  sqlite.prepare("insert into claim_search (claim_search, rank) values ('integrity-check', 1)").run();
}

describe("the claim search index", () => {
  it("the migration indexes the claims, rationales, comments and source titles already there", () => {
    const file = path.join(tempDir(), "old.db");
    const old = openRaw(file, migrationsBefore("0001_claim_search"));
    old.exec(seed);
    old.close();

    const sqlite = openRaw(file, migrationsFolder());
    assertIntact(sqlite);
    expect(matches(sqlite, "defence")).toEqual(["c1 claim"]);
    expect(matches(sqlite, "binds")).toEqual(["c1 claim"]);
    expect(matches(sqlite, "minister")).toEqual(["c1 claim"]);
    expect(matches(sqlite, "silent")).toEqual(["c1 verdict u1"]);
    expect(matches(sqlite, "annex")).toEqual(["c1 verdict u2"]);
    expect(matches(sqlite, "sealed")).toEqual(["c2 resolution"]);
    expect(matches(sqlite, "kremlin")).toEqual(["c1 claim", "c2 claim"]);
    expect(matches(sqlite, "pentagon")).toEqual(["c2 claim"]);
    sqlite.close();
  });

  it("stays in step with every write, cascading deletes included", () => {
    const sqlite = openRaw(path.join(tempDir(), "new.db"), migrationsFolder());
    sqlite.exec(seed);
    assertIntact(sqlite);
    expect(matches(sqlite, "annex")).toEqual(["c1 verdict u2"]);

    sqlite.exec("update sources set title = 'Moscow readout' where id = 's1'");
    expect(matches(sqlite, "kremlin")).toEqual([]);
    expect(matches(sqlite, "moscow")).toEqual(["c1 claim", "c2 claim"]);

    sqlite.exec("update comments set body = 'Ask the State Department' where id = 'm1'");
    expect(matches(sqlite, "pentagon")).toEqual([]);
    expect(matches(sqlite, "department")).toEqual(["c2 claim"]);
    sqlite.exec("update comments set deleted_at = '2025-01-01' where id = 'm1'");
    expect(matches(sqlite, "department")).toEqual([]);

    sqlite.exec("update verdicts set rationale = null where id = 'v2'");
    expect(matches(sqlite, "annex")).toEqual([]);
    sqlite.exec("update resolutions set rationale = 'Dossier opened' where claim_id = 'c2'");
    expect(matches(sqlite, "sealed")).toEqual([]);
    expect(matches(sqlite, "opened")).toEqual(["c2 resolution"]);

    sqlite.exec("update claims set exact = 'the treaty binds no party' where id = 'c1'");
    expect(matches(sqlite, "party")).toEqual(["c1 claim"]);
    expect(matches(sqlite, "side")).toEqual([]);

    // A deleted claim leaves the index with all its rows; a source deleted leaves its citations.
    sqlite.exec("update claims set deleted_at = '2025-01-02' where id = 'c1'");
    expect(matches(sqlite, "silent")).toEqual([]);
    expect(matches(sqlite, "moscow")).toEqual(["c2 claim"]);
    sqlite.exec("delete from sources where id = 's1'");
    expect(matches(sqlite, "moscow")).toEqual([]);
    assertIntact(sqlite);

    sqlite.exec("delete from users where id = 'u1'");
    expect(matches(sqlite, "opened")).toEqual(["c2 resolution"]);
    sqlite.exec("delete from projects where id = 'p1'");
    expect(sqlite.prepare("select count(*) as n from claim_search_rows").get()).toEqual({ n: 0 });
    expect(matches(sqlite, "evidence")).toEqual([]);
    assertIntact(sqlite);
    sqlite.close();
  });

  it("indexes a new claim in a batch after it is made, from its state then, and none deleted meanwhile", () => {
    const sqlite = openRaw(path.join(tempDir(), "pending.db"), migrationsFolder());
    const db = drizzle(sqlite, { schema });
    sqlite.exec(seed);
    expect(indexPendingClaims(db)).toBe(2);
    expect(hasPendingClaimSearch(db)).toBe(false);
    sqlite.exec(`
      insert into claims (id, document_id, revision, exact, claim_text) values
        ('c3', 'd1', 1, 'sanctions were lifted', 'Sanctions lifted'),
        ('c4', 'd1', 1, 'troops withdrew in March', 'Troops withdrew'),
        ('c5', 'd1', 1, 'oil exports doubled', 'Exports doubled');
      insert into comments (id, claim_id, user_id, body) values ('m2', 'c4', 'u1', 'Check the satellite images');
      update claims set deleted_at = '2025-01-03' where id = 'c5';
    `);
    // Made, not yet searchable, except through the row a comment already made for c4.
    expect(hasPendingClaimSearch(db)).toBe(true);
    expect(matches(sqlite, "sanctions")).toEqual([]);
    expect(matches(sqlite, "satellite")).toEqual(["c4 claim"]);
    expect(indexPendingClaims(db)).toBe(2);
    expect(hasPendingClaimSearch(db)).toBe(false);
    expect(matches(sqlite, "sanctions")).toEqual(["c3 claim"]);
    expect(matches(sqlite, "satellite")).toEqual(["c4 claim"]);
    expect(matches(sqlite, "troops")).toEqual(["c4 claim"]);
    expect(matches(sqlite, "exports")).toEqual([]);
    assertIntact(sqlite);
    expect(indexPendingClaims(db)).toBe(0);
    sqlite.close();
  });
});
