import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getHandle, openDatabase, useDatabaseForTests } from "./client";

/**
 * Points the process at a new, migrated SQLite file in a temporary folder (a real database,
 * as the server uses), and returns a function that closes and removes it.
 */
export function useTemporaryDatabase(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-test-"));
  useDatabaseForTests(openDatabase(path.join(dir, "test.db")));
  return () => {
    getHandle().sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
