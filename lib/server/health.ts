import "server-only";
import { sqliteSetupReason } from "@/lib/db/client";
import { migrationNames } from "@/lib/db/migrations";
import { db, databaseProvider } from "./db";
import { env } from "./env";

export type Health = { status: "ok" } | { status: "error"; reason: string };

// The database answers and every migration in the repository has been applied.
export async function checkHealth(): Promise<Health> {
  const database = env().database;
  if ("error" in database) return { status: "error", reason: database.error };
  try {
    const client = await db();
    const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = migrationNames(databaseProvider() ?? "sqlite").filter((name) => !applied.has(name));
    if (pending.length > 0) {
      return { status: "error", reason: `${pending.length} migration(s) pending: run npm run db:migrate` };
    }
    return { status: "ok" };
  } catch (error) {
    return { status: "error", reason: describeDatabaseError(error) };
  }
}

function describeDatabaseError(error: unknown): string {
  const setup = sqliteSetupReason(error);
  if (setup) return setup;
  const text = error instanceof Error ? error.message : String(error);
  if (/_prisma_migrations/.test(text) && /(no such table|does not exist)/i.test(text)) {
    return "the database has no migrations applied: run npm run db:migrate";
  }
  if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|timeout|EAI_AGAIN|connect/i.test(text)) {
    return "the database cannot be reached";
  }
  if (/password authentication|role .* does not exist|database .* does not exist/i.test(text)) {
    return "the database refused the connection (check DATABASE_URL)";
  }
  return "the database did not answer";
}
