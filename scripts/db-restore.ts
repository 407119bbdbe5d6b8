// npm run db:restore -- file: replace the embedded SQLite database with a backup.
// Stop the server first.
import { restoreSqlite } from "../lib/db/backup";
import { resolveDatabaseUrl } from "../lib/db/url";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file>   (stop the server first)");
  process.exit(2);
}
try {
  const target = resolveDatabaseUrl(process.env.DATABASE_URL);
  if (target.provider !== "sqlite") {
    console.error("DATABASE_URL names PostgreSQL: use pg_restore (README \"Security\").");
    process.exit(2);
  }
  restoreSqlite(file, target.file);
  console.log(`Restored ${file} to ${target.file}. Run npm run db:migrate if the backup is older than this release.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
