import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applySqliteJournal, SQLITE_JOURNAL_ERROR, sqliteJournal, sqliteSetupReason } from "./client";

// The SQLite file's journal mode (PRESSROOM_SQLITE_JOURNAL). These run on
// files of their own, whichever database the rest of the suite uses.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressroom-journal-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function modeOf(file: string): string {
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(connection.pragma("journal_mode", { simple: true }));
  } finally {
    connection.close();
  }
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}

describe("PRESSROOM_SQLITE_JOURNAL", () => {
  it("is write-ahead logging unless it says delete, and refuses anything else by name", () => {
    expect(sqliteJournal(undefined)).toBe("wal");
    expect(sqliteJournal("")).toBe("wal");
    expect(sqliteJournal(" WAL ")).toBe("wal");
    expect(sqliteJournal("delete")).toBe("delete");
    expect(sqliteJournal("Delete")).toBe("delete");
    for (const bad of ["memory", "off", "truncate", "wal2", "yes"]) {
      expect(() => sqliteJournal(bad), bad).toThrow(`Configuration error: ${SQLITE_JOURNAL_ERROR}`);
      // What /api/health says of it.
      expect(sqliteSetupReason(caught(() => sqliteJournal(bad))), bad).toBe(SQLITE_JOURNAL_ERROR);
    }
  });
});

describe("applySqliteJournal", () => {
  it("puts a new file in WAL mode and an existing one back in the rollback journal, kept in the file", async () => {
    const file = path.join(dir, "switch.db");
    await applySqliteJournal(file, "wal");
    expect(modeOf(file)).toBe("wal");
    const writer = new Database(file);
    writer.exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('kept through the switch')");
    writer.close();
    await applySqliteJournal(file, "delete");
    expect(modeOf(file)).toBe("delete");
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare("SELECT body FROM note").pluck().all()).toEqual(["kept through the switch"]);
    reader.close();
    // Asking again for the mode the file is in changes nothing.
    await applySqliteJournal(file, "delete");
    expect(modeOf(file)).toBe("delete");
  });

  it("says so, and leaves the file as it was, when another connection holds it open and the mode cannot change", async () => {
    const file = path.join(dir, "held.db");
    await applySqliteJournal(file, "wal");
    const other = new Database(file);
    other.exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('still here')");
    try {
      const failure = await applySqliteJournal(file, "delete").then(() => null, (error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).toMatch(/^Database problem: could not put .*held\.db in the delete journal mode .*another process may have it open$/);
      // What /api/health says of it: no file path.
      expect(sqliteSetupReason(failure)).toBe("the database file could not be opened in its journal mode: another process may have it open");
      expect(String(other.pragma("journal_mode", { simple: true }))).toBe("wal");
      expect(other.prepare("SELECT body FROM note").pluck().all()).toEqual(["still here"]);
    } finally {
      other.close();
    }
  });
});
