import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ROOT, migrateDatabase } from "@/tests/support/test-database";
import { makeUser } from "@/tests/support/factories";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressroom-backup-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function script(name: string, args: string[], databaseUrl = process.env.DATABASE_URL) {
  return spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [`scripts/${name}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
}

const sqlite = (process.env.DATABASE_URL ?? "").startsWith("file:");

it("npm run db:backup and db:restore give a database the app migrates and reads", async () => {
  if (!sqlite) {
    // On PostgreSQL the commands point to pg_dump / pg_restore instead.
    const result = script("db-backup", ["--out", path.join(dir, "x.db")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("pg_dump");
    return;
  }
  await makeUser("EDITOR");
  const client = await db();
  const users = await client.user.count();
  const out = path.join(dir, "backup.db");
  const backup = script("db-backup", ["--out", out]);
  expect(backup.stderr).toBe("");
  expect(backup.status).toBe(0);
  expect(backup.stdout).toContain("integrity check ok");

  const restoredUrl = `file:${path.join(dir, "restored", "pressroom.db")}`;
  const restore = script("db-restore", [out], restoredUrl);
  expect(restore.status).toBe(0);
  // Every migration is already there: deploy is a no-op and succeeds.
  migrateDatabase(restoredUrl);
  const copy = new Database(path.join(dir, "restored", "pressroom.db"), { readonly: true });
  expect(copy.prepare("SELECT count(*) FROM User").pluck().get()).toBe(users);
  expect(copy.prepare("SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NULL").pluck().get()).toBe(0);
  copy.close();
});

it("npm run db:restore without a file explains itself", () => {
  const result = script("db-restore", []);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("Usage");
});
