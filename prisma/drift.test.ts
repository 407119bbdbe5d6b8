import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { createEmptyDatabase, migrateDatabase, ROOT } from "@/tests/support/test-database";

const prisma = path.join(ROOT, "node_modules", ".bin", "prisma");

// The full-text search objects are hand-written migrations that Prisma cannot
// model (lib/server/search/): on SQLite the FTS5 table "release_search" and its
// five shadow tables, and "release_search_key" (release id to full-text rowid,
// for the triggers); on PostgreSQL the generated column "searchDocument" on
// "Release" and its GIN index. Exactly these names are removed from the
// introspected schema; anything else that differs still fails the test.
const SEARCH_MODELS = ["release_search", "release_search_key", "release_search_config", "release_search_content", "release_search_data", "release_search_docsize", "release_search_idx"];
export function withoutSearchObjects(schema: string): string {
  let out = schema;
  for (const name of SEARCH_MODELS) {
    out = out.replace(new RegExp(`^model ${name} \\{\\n(?:.*\\n)*?\\}\\n*`, "m"), "");
  }
  return out
    .replace(/^\s+searchDocument\s+Unsupported\("tsvector"\)\?.*\n/m, "")
    .replace(/^\s+@@index\(\[searchDocument\], type: Gin\)\n/m, "");
}

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
    fs.writeFileSync(file, normaliseIntrospected(withoutSearchObjects(pulled.slice(start))));
    const schema = path.join(ROOT, "prisma", provider === "sqlite" ? "schema.prisma" : "schema.postgresql.prisma");
    const diff = spawnSync(prisma, ["migrate", "diff", "--from-schema-datamodel", file, "--to-schema-datamodel", schema, "--script", "--exit-code"], { cwd: ROOT, env, encoding: "utf8" });
    // Exit code 0: no difference; 2: a difference (printed as SQL); 1: an error.
    expect(diff.stderr.includes("Error") ? diff.stderr : "").toBe("");
    expect(diff.stdout.trim()).toBe("-- This is an empty migration.");
    expect(diff.status).toBe(0);
  });
});
