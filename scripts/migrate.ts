// `npm run db:migrate`: apply pending migrations for the database DATABASE_URL names.
import { databaseTarget, generateClientIfNeeded, migrate, say } from "./lib/prepare";

const target = databaseTarget();
if ("error" in target) {
  say(`Database configuration problem: ${target.error}`);
  process.exit(1);
}
generateClientIfNeeded(target);
process.exit(migrate() ? 0 : 1);
