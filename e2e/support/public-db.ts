import path from "node:path";
import Database from "better-sqlite3";

// Direct access to the e2e database for public-site journeys: reading what the
// seed made and withdrawing a release the way the newsroom would store it.
const FILE = path.resolve(__dirname, "..", "..", "data", "e2e", "pressroom.db");

function open() {
  return new Database(FILE);
}

type Row = { id: string; slug: string; title: string; publishAt: number | string; categorySlug: string };

function toMillis(value: number | string): number {
  return typeof value === "number" ? value : Date.parse(value);
}

/** Public releases, newest first, as the archive should list them. */
export function publicReleases(now = Date.now()): (Row & { at: number })[] {
  const db = open();
  try {
    const rows = db
      .prepare(`SELECT r.id, r.slug, r.title, r.publishAt, c.slug AS categorySlug FROM Release r JOIN Category c ON c.id = r.categoryId WHERE r.status IN ('PUBLISHED','SCHEDULED') AND r.publishAt IS NOT NULL`)
      .all() as Row[];
    return rows
      .map((r) => ({ ...r, at: toMillis(r.publishAt) }))
      .filter((r) => r.at <= now)
      .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  } finally {
    db.close();
  }
}

// Stores an instant the way the Prisma adapter stored the release's other times.
function asStored(db: Database.Database, at: Date): number | string {
  const row = db.prepare(`SELECT typeof(createdAt) AS kind, createdAt FROM Release LIMIT 1`).get() as { kind: string; createdAt: string } | undefined;
  if (row?.kind === "integer") return at.getTime();
  return row && !row.createdAt.includes("T") ? at.toISOString().replace("T", " ").replace("Z", "+00:00") : at.toISOString();
}

export function withdrawRelease(slug: string, reason: string, at = new Date()): void {
  const db = open();
  try {
    db.prepare(`UPDATE Release SET status = 'WITHDRAWN', withdrawnAt = ?, withdrawalReason = ? WHERE slug = ?`).run(asStored(db, at), reason, slug);
  } finally {
    db.close();
  }
}

export function addSlugRedirect(fromSlug: string, toSlug: string): void {
  const db = open();
  try {
    const release = db.prepare(`SELECT id FROM Release WHERE slug = ?`).get(toSlug) as { id: string };
    db.prepare(`INSERT INTO SlugRedirect (id, fromSlug, releaseId, createdAt) VALUES (?, ?, ?, ?)`).run(`e2e-${fromSlug}`, fromSlug, release.id, asStored(db, new Date()));
  } finally {
    db.close();
  }
}

/** Inserts a scheduled release due at `at`, as the newsroom's scheduler would leave it. */
export function insertScheduledRelease(title: string, slug: string, at: Date): void {
  const db = open();
  try {
    const category = db.prepare(`SELECT id FROM Category ORDER BY sortOrder LIMIT 1`).get() as { id: string };
    const author = db.prepare(`SELECT id FROM Author ORDER BY sortOrder LIMIT 1`).get() as { id: string };
    const now = asStored(db, new Date());
    db.prepare(
      `INSERT INTO Release (id, title, slug, summary, body, status, publishAt, featured, version, createdAt, updatedAt, categoryId, authorId)
       VALUES (?, ?, ?, 'Scheduled in an end-to-end test.', '<p>Scheduled.</p>', 'SCHEDULED', ?, 0, 1, ?, ?, ?, ?)`,
    ).run(`e2e-${slug}`, title, slug, asStored(db, at), now, now, category.id, author.id);
  } finally {
    db.close();
  }
}

export function addCorrection(slug: string, note: string, at: Date): void {
  const db = open();
  try {
    const release = db.prepare(`SELECT id FROM Release WHERE slug = ?`).get(slug) as { id: string };
    db.prepare(`INSERT INTO Correction (id, releaseId, note, createdAt) VALUES (?, ?, ?, ?)`).run(`e2e-${slug}-${at.getTime()}`, release.id, note, asStored(db, at));
  } finally {
    db.close();
  }
}
