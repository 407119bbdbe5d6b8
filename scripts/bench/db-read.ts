// Reads back what the server wrote, straight from the database, so the bench
// and the load test can check saves without trusting the server's replies.
import pg from "pg";
import type { DatabaseTarget } from "../../lib/db/url";

export type StoredRelease = { version: number; body: string; revisions: number };

export async function readReleases(target: DatabaseTarget, ids: string[]): Promise<Map<string, StoredRelease>> {
  const result = new Map<string, StoredRelease>();
  const sql = `SELECT r."id", r."version", r."body", (SELECT count(*) FROM "Revision" v WHERE v."releaseId" = r."id") AS "revisions" FROM "Release" r WHERE r."id" = `;
  if (target.provider === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const database = new Database(target.file, { readonly: true });
    try {
      const statement = database.prepare(`${sql}?`);
      for (const id of ids) {
        const row = statement.get(id) as { version: number; body: string; revisions: number } | undefined;
        if (row) result.set(id, { version: Number(row.version), body: row.body, revisions: Number(row.revisions) });
      }
    } finally {
      database.close();
    }
    return result;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    for (const id of ids) {
      const { rows } = await client.query<{ version: number; body: string; revisions: string }>(`${sql}$1`, [id]);
      const row = rows[0];
      if (row) result.set(id, { version: Number(row.version), body: row.body, revisions: Number(row.revisions) });
    }
  } finally {
    await client.end();
  }
  return result;
}
