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
// are ended (what a failover or a restarted server does to the pool); on
// SQLite another connection takes an exclusive lock. The client made before
// the outage is the one used after it: no restart.

async function outage(): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL ?? "";
  if (databaseProvider() === "postgresql") {
    const name = new URL(url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.PRESSROOM_TEST_PG_URL });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    return async () => {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await admin.end();
    };
  }
  const lock = new Database(url.replace(/^file:/, ""));
  lock.pragma("locking_mode = EXCLUSIVE");
  lock.exec("BEGIN EXCLUSIVE");
  return async () => {
    lock.close();
  };
}

describe("a database outage", () => {
  it("health reports it, a save fails with a message and writes nothing, and the same client works again afterwards", async () => {
    const [writer, category, author] = await Promise.all([makeUser("WRITER"), makeCategory(), makeAuthor()]);
    const input = { title: `Through an outage ${Math.random()}`, body: "<p>Before.</p>", categoryId: category.id, authorId: author.id };
    const release = await createRelease(writer, input);
    const clientBefore = await db();
    expect(await checkHealth()).toEqual({ status: "ok" });

    const restore = await outage();
    let failure: unknown;
    try {
      expect(await checkHealth()).toMatchObject({ status: "error", reason: expect.stringMatching(/database/) });
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
