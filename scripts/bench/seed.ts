// Fills a fresh bench database with 100,000 releases by bulk inserts:
// prepared better-sqlite3 statements in one transaction on SQLite, multi-row
// INSERTs through pg on PostgreSQL. Categories and authors are the demo ones.
import pg from "pg";
import { AUTHORS, CATEGORIES } from "../../prisma/seed/categories";
import { applySqliteJournal, sqliteJournal } from "../../lib/db/client";
import type { DatabaseTarget } from "../../lib/db/url";
import { releaseText } from "./text";

export const RELEASE_SLUG_PREFIX = "bench-release-";
// The releases the bench's editors save: drafts, one per editor, from this index on.
export const FIRST_DRAFT = 11;

export function draftId(editor: number): string {
  return `bench${String(FIRST_DRAFT + editor).padStart(7, "0")}`;
}
const HOUR = 3_600_000;

type Row = Record<string, string | number | null>;

// Release i is published i hours before `newest`, so pages have a stable order.
function releaseRow(i: number, newest: number, categoryIds: string[], authorIds: string[], drafts: number): Row {
  const text = releaseText(i);
  const at = new Date(newest - i * HOUR).toISOString().replace("Z", "+00:00");
  const draft = i >= FIRST_DRAFT && i < FIRST_DRAFT + drafts;
  return {
    id: `bench${String(i).padStart(7, "0")}`,
    title: text.title,
    slug: `${RELEASE_SLUG_PREFIX}${i}`,
    summary: text.summary,
    body: text.body,
    question: i % 7 === 3 ? `Question from a correspondent about the ${text.title.toLowerCase()}?` : null,
    status: draft ? "DRAFT" : "PUBLISHED",
    publishAt: draft ? null : at,
    featured: i === 0 ? 1 : 0,
    version: 1,
    createdAt: at,
    updatedAt: at,
    categoryId: categoryIds[i % categoryIds.length] ?? "",
    authorId: authorIds[i % authorIds.length] ?? "",
  };
}

function taxonomyRows(now: string) {
  const categories = CATEGORIES.map((c, i) => ({ id: `benchcat${i}`, ...c, createdAt: now, updatedAt: now }));
  const authors = AUTHORS.map((a, i) => ({ id: `benchauthor${i}`, ...a, createdAt: now, updatedAt: now }));
  return { categories, authors };
}

export async function seedBench(target: DatabaseTarget, count: number, drafts = 0): Promise<void> {
  const newest = Date.now() - HOUR;
  const now = new Date().toISOString().replace("Z", "+00:00");
  const { categories, authors } = taxonomyRows(now);
  const categoryIds = categories.map((c) => c.id);
  const authorIds = authors.map((a) => a.id);
  if (target.provider === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const database = new Database(target.file);
    database.pragma("journal_mode = WAL");
    const insert = (table: string, row: Row) => {
      const keys = Object.keys(row);
      return database.prepare(`INSERT INTO "${table}" (${keys.map((k) => `"${k}"`).join(",")}) VALUES (${keys.map((k) => `@${k}`).join(",")})`);
    };
    database.transaction(() => {
      database.prepare(`INSERT INTO "Settings" ("id","updatedAt") VALUES ('site', ?)`).run(now);
      const cat = insert("Category", categories[0] ?? {});
      for (const c of categories) cat.run(c);
      const author = insert("Author", authors[0] ?? {});
      for (const a of authors) author.run(a);
      const release = insert("Release", releaseRow(0, newest, categoryIds, authorIds, drafts));
      for (let i = 0; i < count; i++) release.run(releaseRow(i, newest, categoryIds, authorIds, drafts));
    })();
    // A bulk load leaves FTS5 with the many small segments it flushed on the
    // way; an archive grown one save at a time has had them merged by FTS5's
    // automerge. 'optimize' merges them now, as the PostgreSQL seed's VACUUM
    // below settles its GIN index, so the bench measures a settled index.
    database.prepare(`INSERT INTO "release_search"("release_search") VALUES ('optimize')`).run();
    database.pragma("optimize");
    database.close();
    // The journal the app will use (PRESSROOM_SQLITE_JOURNAL, lib/db/client.ts),
    // set now while nothing else has the file open, so the build's workers
    // and the server find it ready; the bench measures the app as it runs.
    await applySqliteJournal(target.file, sqliteJournal(process.env.PRESSROOM_SQLITE_JOURNAL));
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO "Settings" ("id","updatedAt") VALUES ('site', $1)`, [now]);
    await insertMany(client, "Category", categories);
    await insertMany(client, "Author", authors);
    const batch: Row[] = [];
    for (let i = 0; i < count; i++) {
      batch.push(releaseRow(i, newest, categoryIds, authorIds, drafts));
      if (batch.length === 1000) await insertMany(client, "Release", batch.splice(0));
    }
    if (batch.length) await insertMany(client, "Release", batch);
    await client.query("COMMIT");
    // VACUUM, not only ANALYZE: it also empties the GIN index's pending list,
    // which a bulk load fills and every search would otherwise scan.
    await client.query('VACUUM ANALYZE "Release"');
  } finally {
    await client.end();
  }
}

async function insertMany(client: pg.Client, table: string, rows: Row[]): Promise<void> {
  const keys = Object.keys(rows[0] ?? {});
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${keys.map((k) => { values.push(k === "featured" ? row[k] === 1 : row[k]); return `$${values.length}`; }).join(",")})`);
  await client.query(`INSERT INTO "${table}" (${keys.map((k) => `"${k}"`).join(",")}) VALUES ${tuples.join(",")}`, values);
}
