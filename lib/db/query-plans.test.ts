import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { makeRelease } from "@/tests/support/factories";

// Prisma's compiled query plans are kept by the query's exact text
// (patches/@prisma+client+6.19.3.patch, on the query compiler). A repeated query must still behave as
// a new one: the values Prisma supplies itself (ids, now(), @updatedAt) are
// made afresh each time it runs, and what it reads is read again.
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("repeated queries", () => {
  it("the same update, sent twice, writes twice and stamps each write with its own time", async () => {
    const client = await db();
    const release = await makeRelease({ status: "DRAFT" });
    const update = () => client.release.update({ where: { id: release.id }, data: { title: "The same words twice", version: { increment: 1 } }, select: { version: true, updatedAt: true } });
    const first = await update();
    await tick();
    const second = await update();
    expect(second.version).toBe(first.version + 1);
    expect(second.updatedAt.getTime()).toBeGreaterThan(first.updatedAt.getTime());
  });

  it("the same create, sent twice, makes two rows with their own ids and times", async () => {
    const client = await db();
    const action = `test.repeated.${Math.random()}`;
    const create = () => client.auditEvent.create({ data: { action, targetType: "test" }, select: { id: true, createdAt: true } });
    const first = await create();
    await tick();
    const second = await create();
    expect(second.id).not.toBe(first.id);
    expect(second.createdAt.getTime()).toBeGreaterThan(first.createdAt.getTime());
    expect(await client.auditEvent.count({ where: { action } })).toBe(2);
  });

  it("the same read, sent again, sees what changed in between, and changing its result changes nothing for the next", async () => {
    const client = await db();
    const release = await makeRelease({ status: "DRAFT", title: "Before" });
    const read = () => client.release.findUniqueOrThrow({ where: { id: release.id }, select: { title: true, category: { select: { id: true } } } });
    const before = await read();
    expect(before.title).toBe("Before");
    before.title = "Changed by the caller";
    await client.release.update({ where: { id: release.id }, data: { title: "After" } });
    expect((await read()).title).toBe("After");
    await client.release.update({ where: { id: release.id }, data: { title: "Before" } });
    expect(await read()).toEqual({ title: "Before", category: { id: release.categoryId } });
  });

  it("the same failing query, sent twice, fails the same way both times", async () => {
    const client = await db();
    const missing = () => client.release.update({ where: { id: "no-such-release" }, data: { title: "Nobody" } }).then(() => null, (error: unknown) => error as { name?: string; code?: string; meta?: unknown });
    const first = await missing();
    const second = await missing();
    expect(first).toMatchObject({ name: "PrismaClientKnownRequestError", code: "P2025" });
    expect(second).toMatchObject({ name: "PrismaClientKnownRequestError", code: "P2025" });
    expect(second?.meta).toEqual(first?.meta);
    const release = await makeRelease({ status: "DRAFT" });
    const badCategory = () => client.release.update({ where: { id: release.id }, data: { category: { connect: { id: "no-such-category" } } } }).then(() => null, (error: unknown) => error as { name?: string; code?: string });
    const third = await badCategory();
    const fourth = await badCategory();
    expect(third).toMatchObject({ name: "PrismaClientKnownRequestError", code: "P2025" });
    expect(fourth).toMatchObject({ name: third?.name, code: third?.code });
  });
});
