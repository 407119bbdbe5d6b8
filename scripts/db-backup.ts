// npm run db:backup [-- --out file]: consistent copy of the embedded SQLite database.
import { backupSqlite } from "../lib/db/backup";
import { resolveDatabaseUrl } from "../lib/db/url";

async function main() {
  const target = resolveDatabaseUrl(process.env.DATABASE_URL);
  if (target.provider !== "sqlite") {
    console.error("DATABASE_URL names PostgreSQL: use pg_dump (README \"Security\").");
    process.exit(2);
  }
  const index = process.argv.indexOf("--out");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const out = index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : `data/backups/pressroom-${stamp}.db`;
  await backupSqlite(target.file, out);
  console.log(`Backed up ${target.file} to ${out} (integrity check ok).`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
