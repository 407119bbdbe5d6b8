import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { createEmptyDatabase, migrateDatabase, ROOT } from "@/tests/support/test-database";

const prisma = path.join(ROOT, "node_modules", ".bin", "prisma");

// SQLite keeps no enum types, and `db pull` writes an enum field's default as a
// string; turn `@default("DRAFT")` back into `@default(DRAFT)` for enum fields.
function normaliseIntrospected(schema: string): string {
  const enums = [...schema.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]).join("|");
  if (!enums) return schema;
  return schema.replace(new RegExp(`^(\\s+\\w+\\s+(?:${enums})\\??\\s+@default)\\("([A-Z_]+)"\\)`, "gm"), "$1($2)");
}

// Applies the provider's whole migration history to a new database, reads the
// database back with `db pull`, and asks Prisma for the difference from the
// schema: there must be none.
describe("migration history", () => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await createEmptyDatabase();
    migrateDatabase(database.url);
  });
  afterAll(async () => database?.drop());

  it("builds exactly the models in prisma/schema.prisma", () => {
    const env = { ...process.env, DATABASE_URL: database.url };
    const provider = resolveDatabaseUrl(database.url).provider;
    const pulled = execFileSync(prisma, ["db", "pull", "--print"], { cwd: ROOT, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const start = pulled.indexOf("generator client");
    expect(start).toBeGreaterThanOrEqual(0);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "drift-")), "pulled.prisma");
    fs.writeFileSync(file, normaliseIntrospected(pulled.slice(start)));
    const schema = path.join(ROOT, "prisma", provider === "sqlite" ? "schema.prisma" : "schema.postgresql.prisma");
    const diff = spawnSync(prisma, ["migrate", "diff", "--from-schema-datamodel", file, "--to-schema-datamodel", schema, "--script", "--exit-code"], { cwd: ROOT, env, encoding: "utf8" });
    // Exit code 0: no difference; 2: a difference (printed as SQL); 1: an error.
    expect(diff.stderr.includes("Error") ? diff.stderr : "").toBe("");
    expect(diff.stdout.trim()).toBe("-- This is an empty migration.");
    expect(diff.status).toBe(0);
  });
});
