import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { backupSqlite, integrityCheck, restoreSqlite } from "./backup";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressroom-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("backs up while another connection keeps writing, and restores a consistent prefix", async () => {
  const source = path.join(dir, "live.db");
  const writer = new Database(source);
  writer.pragma("journal_mode = WAL");
  writer.exec("CREATE TABLE release (seq INTEGER PRIMARY KEY, body TEXT NOT NULL); CREATE TABLE revision (seq INTEGER PRIMARY KEY, body TEXT NOT NULL)");
  // Each save writes a release and its revision in one transaction.
  const save = writer.transaction((seq: number) => {
    const body = `v${seq} `.repeat(200);
    writer.prepare("INSERT INTO release (seq, body) VALUES (?, ?)").run(seq, body);
    writer.prepare("INSERT INTO revision (seq, body) VALUES (?, ?)").run(seq, body);
  });
  let seq = 0;
  for (; seq < 2000; seq++) save(seq + 1);
  let writing = true;
  const loop = (async () => {
    while (writing) {
      save(++seq);
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const out = path.join(dir, "copy.db");
  await backupSqlite(source, out);
  const writtenDuringBackup = seq - 2000;
  writing = false;
  await loop;
  writer.close();
  expect(writtenDuringBackup).toBeGreaterThan(0);

  const restored = path.join(dir, "restored", "pressroom.db");
  restoreSqlite(out, restored);
  expect(integrityCheck(restored)).toBe("ok");
  const copy = new Database(restored, { readonly: true });
  const releases = copy.prepare("SELECT seq FROM release ORDER BY seq").pluck().all() as number[];
  const revisions = copy.prepare("SELECT seq FROM revision ORDER BY seq").pluck().all() as number[];
  copy.close();
  // A prefix of the saves, every one whole: no release without its revision.
  expect(releases.length).toBeGreaterThanOrEqual(2000);
  expect(releases).toEqual(Array.from({ length: releases.length }, (_, i) => i + 1));
  expect(revisions).toEqual(releases);
});

it("refuses to restore a file that is not a sound database, leaving the target alone", () => {
  const target = path.join(dir, "target.db");
  const db = new Database(target);
  db.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)");
  db.close();
  const bad = path.join(dir, "bad.db");
  fs.writeFileSync(bad, "not a database at all".repeat(100));
  expect(() => restoreSqlite(bad, target)).toThrow();
  expect(integrityCheck(target)).toBe("ok");
});
