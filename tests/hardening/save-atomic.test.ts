import { afterEach, describe, expect, it } from "vitest";
import { db, databaseProvider } from "@/lib/server/db";
import { createRelease, saveRelease } from "@/lib/server/releases/save";
import { makeAuthor, makeCategory, makeUser } from "@/tests/support/factories";

// A save writes the release row, a revision and an audit event. Here the
// database itself refuses the second or third write (a trigger, on either
// provider), and nothing of the save may remain.

const created: string[] = [];

async function failInserts(table: "Revision" | "AuditEvent", when: { column: string; value: string }) {
  const client = await db();
  const name = `pressroom_test_fail_${table.toLowerCase()}`;
  if (databaseProvider() === "postgresql") {
    await client.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await client.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW WHEN (NEW."${when.column}" = '${when.value}') EXECUTE FUNCTION ${name}()`);
    created.push(`DROP TRIGGER IF EXISTS ${name} ON "${table}"`, `DROP FUNCTION IF EXISTS ${name}()`);
  } else {
    await client.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" WHEN NEW."${when.column}" = '${when.value}' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    created.push(`DROP TRIGGER IF EXISTS ${name}`);
  }
}

afterEach(async () => {
  const client = await db();
  for (const statement of created.splice(0)) await client.$executeRawUnsafe(statement);
});

async function draft() {
  const [writer, category, author] = await Promise.all([makeUser("WRITER"), makeCategory(), makeAuthor()]);
  const input = { title: `Atomic save ${Math.random()}`, body: "<p>Version one.</p>", categoryId: category.id, authorId: author.id };
  const release = await createRelease(writer, input);
  return { writer, input, release };
}

async function state(id: string) {
  const client = await db();
  const release = await client.release.findUniqueOrThrow({ where: { id }, select: { version: true, title: true, body: true } });
  const revisions = await client.revision.count({ where: { releaseId: id } });
  const audits = await client.auditEvent.count({ where: { targetId: id } });
  return { ...release, revisions, audits };
}

describe("a save is one transaction", () => {
  it("when the revision cannot be written, the release row keeps its old version and text", async () => {
    const { writer, input, release } = await draft();
    const before = await state(release.id);
    await failInserts("Revision", { column: "title", value: "Fails at the revision" });
    await expect(saveRelease(writer, release.id, { ...input, title: "Fails at the revision", body: "<p>Version two.</p>" }, release.version)).rejects.toThrow(/injected failure|tx\.revision\.create/);
    expect(await state(release.id)).toEqual(before);
  });

  it("when the audit event cannot be written, neither the release row nor the revision changes", async () => {
    const { writer, input, release } = await draft();
    const before = await state(release.id);
    await failInserts("AuditEvent", { column: "targetId", value: release.id });
    await expect(saveRelease(writer, release.id, { ...input, body: "<p>Version two.</p>" }, release.version)).rejects.toThrow(/injected failure|tx\.auditEvent\.create/);
    expect(await state(release.id)).toEqual(before);
    // And with the fault gone, the same save goes through whole.
    await (await db()).$executeRawUnsafe(created.shift() ?? "");
    await saveRelease(writer, release.id, { ...input, body: "<p>Version two.</p>" }, release.version);
    expect(await state(release.id)).toEqual({ ...before, version: 2, body: "<p>Version two.</p>", revisions: 2, audits: 2 });
  });

  it("a new release whose first revision cannot be written leaves no release behind", async () => {
    const [writer, category, author] = await Promise.all([makeUser("WRITER"), makeCategory(), makeAuthor()]);
    const title = `Never half created ${Math.random()}`;
    await failInserts("Revision", { column: "title", value: title });
    await expect(createRelease(writer, { title, body: "<p>x</p>", categoryId: category.id, authorId: author.id })).rejects.toThrow(/injected failure|tx\.revision\.create/);
    expect(await (await db()).release.count({ where: { title } })).toBe(0);
  });
});
