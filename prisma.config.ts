import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./lib/db/url";

// DATABASE_URL chooses the provider. The PostgreSQL schema is derived from the
// single SQLite-flavoured schema by swapping the provider line.
const target = resolveDatabaseUrl(process.env.DATABASE_URL);
process.env.DATABASE_URL = target.url;

function schemaFor(provider: "sqlite" | "postgresql"): string {
  const source = path.join(__dirname, "prisma", "schema.prisma");
  if (provider === "sqlite") return source;
  const derived = path.join(__dirname, "prisma", "schema.postgresql.prisma");
  const text = fs
    .readFileSync(source, "utf8")
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  if (!fs.existsSync(derived) || fs.readFileSync(derived, "utf8") !== text) {
    fs.writeFileSync(derived, text);
  }
  return derived;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: schemaFor(target.provider),
  migrations: { path: path.join("prisma", "migrations", target.provider) },
  async adapter() {
    if (target.provider === "sqlite") {
      fs.mkdirSync(path.dirname(target.file), { recursive: true });
      const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
      return new PrismaBetterSQLite3({ url: target.url });
    }
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: target.url });
  },
});
