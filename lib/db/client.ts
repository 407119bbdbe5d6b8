import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseTarget } from "./url";

// How long a query waits for another process's lock on the SQLite file before
// it fails. better-sqlite3 waits synchronously, so the whole server process
// stands still meanwhile, cached pages included; at 5 s, the queries of an
// outage (heartbeats, a save, pages regenerating) queued behind one another
// and held it still for tens of seconds. The app's own writes never wait here
// (one connection); in write-ahead logging (the default, below) readers never
// wait for a writer, and in the rollback journal the search reader waits only
// while a commit is being written; a script's write (a new user, a restore's
// check) takes milliseconds.
export const SQLITE_BUSY_TIMEOUT_MS = 1000;

export type SqliteJournal = "wal" | "delete";

export const SQLITE_JOURNAL_ERROR = "PRESSROOM_SQLITE_JOURNAL must be wal (the default) or delete";

// The SQLite file could not be opened as configured. `reason` is what
// /api/health may say publicly (no file paths); the message is for the log.
// Recognised by its code, not its class: Next.js may bundle this module more
// than once.
export class SqliteSetupError extends Error {
  readonly code = "SQLITE_SETUP";
  constructor(message: string, readonly reason: string) {
    super(message);
  }
}

export function sqliteSetupReason(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; reason?: unknown } | null;
  return candidate?.code === "SQLITE_SETUP" && typeof candidate.reason === "string" ? candidate.reason : undefined;
}

// PRESSROOM_SQLITE_JOURNAL: how the SQLite file keeps a transaction until it
// is committed.
// - wal (the default): write-ahead logging. A commit appends to the -wal file
//   beside the database and syncs it once; readers (public pages, searches,
//   scripts) never wait for a writer nor a writer for them. A save's commit
//   blocked the server's thread for about 0.3 ms instead of 1-3 ms (README,
//   Performance). It needs the -wal and -shm files beside the database and a
//   filesystem with shared memory, so not a network filesystem.
// - delete: SQLite's rollback journal, for a database on a network filesystem.
// Either way the app's connection syncs at every commit (synchronous FULL,
// below): a save the server acknowledged survives a power cut.
export function sqliteJournal(raw: string | undefined): SqliteJournal {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "" || value === "wal") return "wal";
  if (value === "delete") return "delete";
  throw new SqliteSetupError(`Configuration error: ${SQLITE_JOURNAL_ERROR}`, SQLITE_JOURNAL_ERROR);
}

// Puts the file in the journal mode asked for (the mode is kept in the file,
// so every later connection opens in it). Switching needs the file to itself
// for a moment: another process holding it open fails this with a message
// that says so, and nothing changes.
export async function applySqliteJournal(file: string, journal: SqliteJournal): Promise<void> {
  const { default: Database } = await import("better-sqlite3");
  const connection = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    // Most opens find the file in its mode already and change nothing, so
    // processes opening it at once (a build's workers) never contend here.
    if (String(connection.pragma("journal_mode", { simple: true })).toLowerCase() === journal) return;
    const mode = String(connection.pragma(`journal_mode = ${journal === "wal" ? "WAL" : "DELETE"}`, { simple: true })).toLowerCase();
    if (mode !== journal) throw new Error(`SQLite kept the ${mode} journal`);
  } catch (error) {
    throw new SqliteSetupError(
      `Database problem: could not put ${file} in the ${journal} journal mode (${(error as Error).message}); another process may have it open`,
      "the database file could not be opened in its journal mode: another process may have it open",
    );
  } finally {
    connection.close();
  }
}

// Builds a Prisma client over the driver adapter the target needs. Used by the
// server (through lib/server/db.ts) and by command-line scripts.
export async function createClient(target: DatabaseTarget): Promise<PrismaClient> {
  if (target.provider === "sqlite") {
    const journal = sqliteJournal(process.env.PRESSROOM_SQLITE_JOURNAL);
    const fs = await import("node:fs");
    const path = await import("node:path");
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    await applySqliteJournal(target.file, journal);
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    // pressroomPragmas: run on each connection the adapter opens (the adapter
    // patch in patches/). A connection opened on a WAL file starts with this
    // build's synchronous NORMAL, which may lose the last commits to a power
    // cut; FULL syncs the log at every commit (about 0.2 ms more per save).
    const config = { url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS, pressroomPragmas: ["synchronous = FULL"] };
    return new PrismaClient({ adapter: new PrismaBetterSQLite3(config) });
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: 3000, max: 10 }),
  });
}
