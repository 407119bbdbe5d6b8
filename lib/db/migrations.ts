import fs from "node:fs";
import path from "node:path";

// Names of the migrations kept in the repository for a provider, oldest first.
export function migrationNames(provider: "sqlite" | "postgresql", root = process.cwd()): string[] {
  const dir = path.join(root, "prisma", "migrations", provider);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}
