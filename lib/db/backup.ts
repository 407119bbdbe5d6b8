import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

// SQLite backup and restore for the embedded database. PostgreSQL uses
// pg_dump/pg_restore (README "Security").

export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

// SQLite's online backup API: a consistent snapshot while the app keeps
// writing. In WAL mode the writer is not blocked while the copy reads.
export async function backupSqlite(source: string, out: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const partial = `${out}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    // Copy every page in one step (one read transaction, so one snapshot):
    // with the default small steps, a busy writer restarts the copy forever.
    await db.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages * 2, 1000) });
  } finally {
    db.close();
  }
  const result = integrityCheck(partial);
  if (result !== "ok") {
    fs.rmSync(partial, { force: true });
    throw new Error(`The backup failed its integrity check: ${result}`);
  }
  fs.renameSync(partial, out);
}

// Replaces the database file with a verified copy, atomically (temp file in
// the same directory + rename), so a crash leaves the old database or the new
// one. The server must be stopped: a running one would keep its open handle on
// the replaced file.
export function restoreSqlite(backup: string, target: string): void {
  const result = integrityCheck(backup);
  if (result !== "ok") throw new Error(`${backup} failed its integrity check: ${result}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.restore-${process.pid}`;
  fs.copyFileSync(backup, temp);
  for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(temp, target);
}
