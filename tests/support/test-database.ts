import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createThrowawayPostgres } from "../../lib/db/throwaway-postgres";

export const ROOT = path.resolve(__dirname, "..", "..");

// Destructive tests run only against a database on this machine.
export function assertLocal(url: string): void {
  if (url.startsWith("file:")) return;
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host})`);
  }
}

export function migrateDatabase(url: string): void {
  execFileSync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

// A new empty database: an SQLite file in a temp folder, or a new database on
// the PostgreSQL server PRESSROOM_TEST_PG_URL names. Returns its URL and a
// function that removes it.
export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.PRESSROOM_TEST_PG_URL;
  if (!server) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressroom-test-"));
    return { url: `file:${path.join(dir, "test.db")}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  assertLocal(server);
  return createThrowawayPostgres(server, "pressroom_test");
}
