import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { toActionState } from "@/lib/server/action-state";
import { db, databaseProvider } from "@/lib/server/db";
import { checkHealth } from "@/lib/server/health";
import { createRelease, saveRelease } from "@/lib/server/releases/save";
import { makeAuthor, makeCategory, makeUser } from "@/tests/support/factories";

// The database goes away under a running process and comes back. On
// PostgreSQL the test database stops accepting connections and its sessions
// are ended (what a failover or a restarted server does to the pool): nothing
// can be read or written. On SQLite, in its default write-ahead logging,
// another process holds the write lock (a long script, a stuck tool): writes
// fail after the busy timeout while reads go on, so health stays ok. (The
// rollback-journal case, in which another process's exclusive lock stops
// reads too, is the journey in e2e/hardening/0-faults.spec.ts.) The client
// made before the outage is the one used after it: no restart.

async function outage(): Promise<{ readsWork: boolean; restore: () => Promise<void> }> {
  const url = process.env.DATABASE_URL ?? "";
  if (databaseProvider() === "postgresql") {
    const name = new URL(url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.PRESSROOM_TEST_PG_URL });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    return {
      readsWork: false,
      restore: async () => {
        await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
        await admin.end();
      },
    };
  }
  const lock = new Database(url.replace(/^file:/, ""));
  lock.exec("BEGIN IMMEDIATE");
  return {
    readsWork: true,
    restore: async () => {
      lock.close();
    },
  };
}

describe("a database outage", () => {
  it("health reports it when nothing can be read, a save fails with a message and writes nothing, and the same client works again afterwards", async () => {
    const [writer, category, author] = await Promise.all([makeUser("WRITER"), makeCategory(), makeAuthor()]);
    const input = { title: `Through an outage ${Math.random()}`, body: "<p>Before.</p>", categoryId: category.id, authorId: author.id };
    const release = await createRelease(writer, input);
    const clientBefore = await db();
    expect(await checkHealth()).toEqual({ status: "ok" });

    const { readsWork, restore } = await outage();
    let failure: unknown;
    try {
      if (readsWork) {
        expect(await checkHealth()).toEqual({ status: "ok" });
        expect((await clientBefore.release.findUniqueOrThrow({ where: { id: release.id }, select: { body: true } })).body).toBe("<p>Before.</p>");
      } else {
        expect(await checkHealth()).toMatchObject({ status: "error", reason: expect.stringMatching(/database/) });
      }
      failure = await saveRelease(writer, release.id, { ...input, body: "<p>During.</p>" }, release.version).then(() => null, (error: unknown) => error);
    } finally {
      await restore();
    }
    expect(failure).toBeInstanceOf(Error);
    expect(toActionState(failure)).toEqual({ ok: false, message: "Something went wrong and nothing was saved. Please try again." });

    expect(await checkHealth()).toEqual({ status: "ok" });
    expect(await db()).toBe(clientBefore);
    const client = await db();
    expect((await client.release.findUniqueOrThrow({ where: { id: release.id }, select: { body: true, version: true } }))).toEqual({ body: "<p>Before.</p>", version: 1 });
    const saved = await saveRelease(writer, release.id, { ...input, body: "<p>After.</p>" }, release.version);
    expect(saved.version).toBe(2);
    expect(await client.revision.count({ where: { releaseId: release.id } })).toBe(2);
  });
});

describe("the app's connection", () => {
  it("commits durably: on SQLite in write-ahead logging with synchronous FULL, on PostgreSQL with synchronous_commit on", async () => {
    const client = await db();
    if (databaseProvider() === "postgresql") {
      expect(await client.$queryRawUnsafe("SHOW synchronous_commit")).toEqual([{ synchronous_commit: "on" }]);
      return;
    }
    expect(await client.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
    // 2 is FULL: the log is synced at every commit, so a save the server
    // acknowledged survives a power cut, not only a crash of the server.
    expect(await client.$queryRawUnsafe("PRAGMA synchronous")).toEqual([{ synchronous: 2n }]);
  });
});
