import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { onSqlite } from "@/tests/support/explain";
import { makeCategory, makeRelease, unique } from "@/tests/support/factories";

// The server answers many requests at once over one client. A save runs in a
// transaction; whatever other requests read or write meanwhile must neither
// see the save's uncommitted rows (a public page would cache a version that
// never existed) nor become part of it (and vanish when it rolls back). On
// SQLite the whole process shares one connection, so this holds only because
// other queries wait for the open transaction (patches/@prisma+adapter-better-sqlite3*).
describe("work outside a transaction", () => {
  it("never sees its uncommitted rows and is not rolled back with it", async () => {
    const client = await db();
    const release = await makeRelease({ title: "The committed title" });
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));

    const save = client.$transaction(async (tx) => {
      await tx.release.update({ where: { id: release.id }, data: { title: "A title that is never committed" } });
      opened();
      await held;
      throw new Error("the save fails and rolls back");
    });
    const failed = expect(save).rejects.toThrow("rolls back");
    await isOpen;

    // Started while the save is open, from "other requests" (a Prisma query
    // runs only once something waits for it: .then starts it now).
    const read = client.release.findUnique({ where: { id: release.id }, select: { title: true } }).then((row) => row);
    const slug = unique("outside");
    const write = client.category.create({ data: { name: "Written beside the save", slug } }).then((row) => row);
    // Give them every chance to run inside the open transaction before it ends.
    await new Promise((resolve) => setTimeout(resolve, 50));
    finish();
    await failed;

    expect((await read)?.title).toBe("The committed title");
    await write;
    expect(await client.category.findUnique({ where: { slug }, select: { name: true } })).toEqual({ name: "Written beside the save" });
    expect((await client.release.findUnique({ where: { id: release.id }, select: { title: true } }))?.title).toBe("The committed title");
  });
});

// The same patch keeps each statement prepared once per connection: the same
// query with other arguments must run with its own arguments, not the first's.
if (onSqlite) {
  describe("the SQLite connection", () => {
    it("prepares a statement once and runs it with each query's own arguments", async () => {
      const [first, second] = [await makeCategory(), await makeCategory()];
      const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "" }) });
      const prepare = vi.spyOn(Database.prototype, "prepare");
      try {
        const read = (slug: string) => client.category.findUnique({ where: { slug }, select: { name: true } });
        const names = [await read(first.slug), await read(second.slug), await read(first.slug)].map((row) => row?.name);
        expect(names).toEqual([first.name, second.name, first.name]);
        const texts = prepare.mock.calls.map(([sql]) => sql).filter((sql) => /FROM [`"]?(main[`"]?\.)?[`"]?Category/.test(sql));
        expect(texts).toHaveLength(1);
      } finally {
        prepare.mockRestore();
        await client.$disconnect();
      }
    });
  });
}
