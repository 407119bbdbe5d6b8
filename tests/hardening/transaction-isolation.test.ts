import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { makeRelease, unique } from "@/tests/support/factories";

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
